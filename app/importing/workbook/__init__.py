"""A workbook file checked before calamine parses it: calamine reads errors as '' and aborts on crafted files."""
