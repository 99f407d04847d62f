"""Adapter Playground: the Gradio app (what a Hugging Face Space runs).

    python app.py [--base embedded|auto|HUB_ID|FOLDER] [--quantization nf4|int8|none]
                  [--adapter PATH_OR_HUB_ID ...] [--host 0.0.0.0] [--port 7860] [--share]

Configuration comes from environment variables (PLAYGROUND_BASE, PLAYGROUND_QUANTIZATION, …)
when imported, and from these flags when run as a script. The UI is served at ``/`` with the
REST contract ``POST /generate-text`` beside it; ``--share`` uses gradio's own server for the
public link (without the REST route).
"""

import logging

from playground.config import AppConfig
from playground.engine import Engine
from playground.ui.app import build_demo, launch_kwargs, make_server, mount_app

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

config = AppConfig.from_cli() if __name__ == "__main__" else AppConfig.from_env()
engine = Engine.from_config(config)
demo = build_demo(engine, config.data_dir)

if __name__ == "__main__":
    if config.share:
        demo.launch(**launch_kwargs(config.host, config.port, share=True))
    else:
        make_server(mount_app(engine, demo, config.host, config.port), config.host, config.port).run()
