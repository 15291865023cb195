"""Service functions: what the GUI and the CLI both call to change things."""
