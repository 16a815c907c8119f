"""Acquisition cohorts: the share of each cohort still buying, by hand."""

from __future__ import annotations

from segcore.dynamics import cohort_retention


def test_cohorts_give_the_share_of_each_acquisition_month_still_buying(base_story):
    cohorts = cohort_retention(base_story, "M")
    jan = cohorts[cohorts["cohort_label"] == "2024-01"].set_index("periods_since")
    assert jan["cohort_size"].iloc[0] == 2
    assert jan["share"].tolist() == [1.0, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0]
    feb = cohorts[cohorts["cohort_label"] == "2024-02"].set_index("periods_since")
    assert feb["customers"].tolist() == [1, 0, 1, 0, 0, 0]
    assert cohorts.groupby("cohort")["periods_since"].max().tolist() == [6, 5, 0]
