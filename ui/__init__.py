"""Streamlit glue shared by the studio's pages: state, cached analysis, controls, words."""
