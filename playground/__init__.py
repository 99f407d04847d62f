"""Adapter Playground: compare a small base LLM with task-specific LoRA adapters."""
