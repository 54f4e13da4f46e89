"""The desktop screens: the only package that imports Qt."""
from app.ui.none_guard import keep_none_alive

# Before any Qt call: see app/ui/none_guard.py.
keep_none_alive()
