"""Gradio UI of the playground: the only package that imports gradio."""
