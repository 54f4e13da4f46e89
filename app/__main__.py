import multiprocessing
import sys

if __name__ == "__main__":
    # a bundled Windows program is its own interpreter: without this, a child process some
    # library starts would run the whole program again
    multiprocessing.freeze_support()
    from app.launch import main

    sys.exit(main())
