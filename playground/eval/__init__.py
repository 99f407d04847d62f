"""Evaluation of the base and adapters on held-out rows: gradio-free and torch-free (it uses only the engine interface).

- :mod:`~playground.eval.config`: :class:`EvalConfig`, what one run does, checked against a deployment's limits.
- :mod:`~playground.eval.data`: :func:`load_rows` reads a JSONL/CSV file into rows (:class:`DataError` names the row).
- :mod:`~playground.eval.metrics`: the five local ``evaluate`` metrics, scores 0-100.
- :mod:`~playground.eval.stats`: percentiles, paired bootstrap intervals, win/tie/loss counts.
- :mod:`~playground.eval.runner`: :func:`run_eval` batches rows x variants through the engine, scores and times them.
- :mod:`~playground.eval.report`: :class:`EvalResult` and its JSON, CSV and Markdown renderings.
- :mod:`~playground.eval.card`: the eval section of an adapter's model card.
- :mod:`~playground.eval.cli`: ``python -m playground.eval``.
"""
