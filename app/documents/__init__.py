"""Printed documents (job card, delivery receipt) drawn with reportlab.

Every document draws its text through `rtl_text`, the one layer that shapes Persian/Arabic
letters, orders mixed runs with the Unicode bidi algorithm one wrapped line at a time, and
uses the embedded Vazirmatn font.
"""
