"""Command-line parsing shared by the training CLIs (train, samples, datagen).

Each CLI's ``make_parser()`` is a ``transformers.HfArgumentParser`` over its config dataclass;
``parse`` turns a command line into those dataclasses and a refused setting into a usage error.
Pass ``formatter_class=HelpFormatter`` so that ``--help`` shows the defaults without "(default: None)".
"""

from __future__ import annotations

from argparse import ArgumentDefaultsHelpFormatter

from transformers import HfArgumentParser


class HelpFormatter(ArgumentDefaultsHelpFormatter):
    """``--help`` with each flag's default, except where there is none to show (required flags, "")."""

    def _get_help_string(self, action):
        if action.required or action.default in (None, ""):
            return action.help
        return super()._get_help_string(action)


def parse(parser: HfArgumentParser, argv: list[str] | None = None) -> tuple:
    """The parser's dataclasses (plus a namespace of any extra arguments) for ``argv`` (default: sys.argv).

    A ValueError from a dataclass's ``__post_init__`` and an unknown flag both exit with status 2 and
    the message, as argparse does for a malformed flag, rather than with a traceback.
    """
    try:
        *parsed, unknown = parser.parse_args_into_dataclasses(argv, return_remaining_strings=True,
                                                              look_for_args_file=False)
    except ValueError as error:
        parser.error(str(error))
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return tuple(parsed)
