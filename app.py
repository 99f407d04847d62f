"""Adapter Playground: the Gradio app (what a Hugging Face Space runs).

    python app.py [--base embedded|auto|HUB_ID|FOLDER] [--quantization nf4|int8|none]
                  [--adapter PATH_OR_HUB_ID ...] [--host 0.0.0.0] [--port 7860] [--share]
                  [--backend openai --server_url http://127.0.0.1:8000 [--server_base NAME]]
                  [--max_new_tokens 512 ...every limit...]   (python app.py --help lists them all)

Configuration comes from environment variables (PLAYGROUND_BASE, PLAYGROUND_QUANTIZATION, …, one
PLAYGROUND_<SETTING> per setting) when imported, and from these flags on top when run as a script; it is
built once here and passed down. The UI is served at ``/`` with the REST contract ``POST /generate-text``
beside it; ``--share`` uses gradio's own server for the public link (without the REST route).
"""

import logging

from playground.core.config import AppConfig
from playground.features.arena import ArenaPolicy
from playground.services.context import Playground
from playground.services.engines import make_engine
from playground.web.app import build_demo, launch_kwargs, make_server, mount_app

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

config = AppConfig.from_cli() if __name__ == "__main__" else AppConfig.from_env()
engine = make_engine(config)
playground = Playground.build(engine, config.data_dir,
                              ArenaPolicy(admin_token=config.admin_token.strip(), on_space=config.on_space),
                              shared_adapters=config.shared_adapters, api_key=config.api_key,
                              database_url=config.database_url)
demo = build_demo(playground)

if __name__ == "__main__":
    if config.share:
        demo.launch(**launch_kwargs(config.limits, config.host, config.port, share=True))
    else:
        make_server(mount_app(playground, demo, config.host, config.port), config.host, config.port).run()
