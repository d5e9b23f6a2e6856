"""Demo content for `manage.py load_demo`, built from the same factories as the tests.

- story_content.py and toolkit_content.py: what the demo says (fictional organisations, real
  kinds of Social and Solidarity Economy work), checked by content_checks.py;
- illustrations.py and booklets.py: images and PDF/DOCX files generated locally;
- builder.py: creates whatever is missing, publishing pages through revisions.
"""
