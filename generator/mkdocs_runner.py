"""MkDocs in a process started before it is needed (`python -m generator.mkdocs_runner [CONFIG]`).

`briefing build` starts it as the build begins. While the build reads, analyses and renders, it
imports MkDocs, the theme, the plugins and the Markdown extensions, and loads the last build's
generated configuration to import what that names (about a third of a second on this machine,
taken off the site build's wall time on a second core). Then it waits for one line on its
standard input: the JSON of the MkDocs command line and the environment to run it with. A build
that needs no site stops it (it has done nothing but import); at the end of its input it exits.
"""

from __future__ import annotations

import json
import logging
import os
import sys


def _warm_up(config_file: str | None) -> None:
    """Import what a build will import; nothing this does is kept or shown."""
    import mkdocs.__main__
    import mkdocs.commands.build  # noqa: F401

    if not config_file or not os.path.exists(config_file):
        return
    from mkdocs.config import load_config

    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        load_config(config_file)
    except Exception as exc:  # a warm-up only: the real build reports what is wrong
        logger.debug("warm-up: %s", exc)
    finally:
        logger.setLevel(level)


def main() -> None:
    _warm_up(sys.argv[1] if len(sys.argv) > 1 else None)
    line = sys.stdin.readline()
    if not line.strip():
        return  # no site build this time
    order = json.loads(line)
    os.environ.clear()
    os.environ.update(order["env"])
    from mkdocs.__main__ import cli

    cli(args=order["args"], prog_name="mkdocs")  # exits with MkDocs' own status


if __name__ == "__main__":
    main()
