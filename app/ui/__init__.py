"""The Qt interface: the only package that imports Qt."""
