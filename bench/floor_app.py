"""The framework floor: one slider and one three-bar chart, nothing else."""

import altair as alt
import pandas as pd
import streamlit as st

value = st.slider("Cut-off", 0, 100, 50, key="floor_slider")
bars = pd.DataFrame({"class": ["A", "B", "C"], "customers": [value, 100 - value, 50]})
st.altair_chart(alt.Chart(bars).mark_bar().encode(x="class:N", y="customers:Q"), width="stretch")
