"""``python -m fragc.protocol [schema | types | constants | --write DIR]`` (``make schema``)."""

import sys

from fragc.protocol.codegen import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
