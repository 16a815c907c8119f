"""Session state, the only place that knows its keys.

- :mod:`ui.state.scenario` — the scenario, the widgets bound to it, the address bar, scenario B;
- :mod:`ui.state.session` — language, dataset, playbook, plan file, exports, messages;
- :mod:`ui.state.values` — the one way a widget keeps its value across pages;
- :mod:`ui.state.keys` — the keys the tests find widgets and session values by.
"""

__all__: list[str] = []
