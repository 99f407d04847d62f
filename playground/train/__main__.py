"""``python -m playground.train``: QLoRA training of one adapter (:mod:`playground.train.trainer`)."""

from playground.train.trainer import main

if __name__ == "__main__":
    main()
