"""Presenter mode: one chart per screen in large type, a guided story, sharing the view and slides.

Modules: :mod:`~ui.presenter.route` (which step, the address bar, the sidebar toggle),
:mod:`~ui.presenter.steps` and :mod:`~ui.presenter.steps_action` (what each step shows),
:mod:`~ui.presenter.style` (the large type), :mod:`~ui.presenter.deck` (drawing a step),
:mod:`~ui.presenter.share` (link and QR code) and :mod:`~ui.presenter.slides` (pictures).
"""
