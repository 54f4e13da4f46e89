"""The legacy workbook import wizard and its pages."""
