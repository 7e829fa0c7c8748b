"""Build-time code for the site (not shipped): the MkDocs hook and the helpers it calls."""
