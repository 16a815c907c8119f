"""Small browser-side pieces the studio mounts in its pages (``st.components.v2``)."""

__all__: list[str] = []
