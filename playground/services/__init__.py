"""The service layer: what every entry point (UI tabs, API endpoints, REST) calls, with no gradio in it.

Entry points parse their inputs, call one function here, and turn its :class:`RequestError` into a
``gr.Error`` or an HTTP status in one wrapper (``playground/web/errors.py``, ``playground/web/rest.py``).
"""
