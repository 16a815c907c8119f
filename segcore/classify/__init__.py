"""Classification: who is in which group, for any threshold, on pre-sorted arrays.

- :mod:`~segcore.classify.abc`: value classes A/B/C from the cumulative share;
- :mod:`~segcore.classify.xyz`: regularity classes X/Y/Z (N: too little history);
- :mod:`~segcore.classify.matrix`: the ABC × XYZ 3 × 3 summary;
- :mod:`~segcore.classify.pareto`: the Lorenz curve, top shares and Gini;
- :mod:`~segcore.classify.quadrants`: loyalty × profitability quadrants I–IV;
- :mod:`~segcore.classify.ranks`: percentile ranks and id order shared by the above;
- :mod:`~segcore.classify.segmentation`: the :class:`Segmenter` that sorts once and
  classifies per slider move;
- :mod:`~segcore.classify.sensitivity`: class sizes swept over each threshold.
"""
