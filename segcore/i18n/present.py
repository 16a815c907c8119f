"""Messages of presenter mode, the guided story, sharing a view and slide pictures."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # The page and the sidebar toggle.
    "ui.page.present": ("Presenter mode", "Режим презентации"),
    "ui.present.toggle": ("Presenter mode", "Режим презентации"),
    "ui.present.toggle_help": (
        "One chart per screen in large type, a guided story from the data to the action plan. "
        "Next / Back, or the → / ← keys.",
        "Один график на экран крупным шрифтом и рассказ по шагам — от данных до плана действий. "
        "Кнопки «Дальше» / «Назад» или клавиши → / ←.",
    ),
    "ui.present.next": ("Next", "Дальше"),
    "ui.present.back": ("Back", "Назад"),
    "ui.present.step_of": ("Step {step} of {total}", "Шаг {step} из {total}"),
    "ui.present.exit": ("Leave presenter mode", "Выйти из режима презентации"),
    # The steps of the story.
    "ui.present.step.data": ("The data in one line", "Данные в одной строке"),
    "ui.present.step.pareto": (
        "How few customers make most of the money",
        "Немногие клиенты дают основную выручку",
    ),
    "ui.present.step.abc": ("ABC: customers by value", "ABC: клиенты по ценности"),
    "ui.present.step.xyz": ("XYZ: how steadily they buy", "XYZ: насколько стабильно покупают"),
    "ui.present.step.matrix": ("The ABC × XYZ matrix", "Матрица ABC × XYZ"),
    "ui.present.step.quadrants": ("Loyalty × profitability", "Лояльность × прибыльность"),
    "ui.present.step.at_risk": ("Key customers at risk", "Ключевые клиенты под угрозой ухода"),
    "ui.present.step.plan": ("The action plan", "План действий"),
    # The data step.
    "ui.present.data.line": (
        "{customers} customers bought for {revenue} in {rows} lines, from {first} to {last}.",
        "{customers} клиентов купили на {revenue} в {rows} строках, с {first} по {last}.",
    ),
    "ui.present.data.chart": ("How much each customer spent", "Сколько потратил каждый клиент"),
    "ui.present.data.x": ("Revenue per customer", "Выручка на клиента"),
    "ui.present.data.y": ("Customers", "Клиенты"),
    "ui.present.m.customers": ("Customers", "Клиенты"),
    "ui.present.m.revenue": ("Revenue", "Выручка"),
    "ui.present.m.months": ("Months of history", "Месяцев истории"),
    "ui.present.thousands": ("{value} k", "{value} тыс."),
    "ui.present.millions": ("{value} M", "{value} млн"),
    "ui.present.billions": ("{value} bn", "{value} млрд"),
    # Key numbers of the classification steps.
    "ui.present.m.top": ("Top {x} bring", "{x} крупнейших клиентов дают"),
    "ui.present.m.gini": ("Gini", "Джини"),
    "ui.present.m.a_customers": ("Class A customers", "Клиентов класса A"),
    "ui.present.m.a_revenue": ("Class A revenue", "Выручка класса A"),
    "ui.present.m.x_customers": ("Steady (X) customers", "Стабильных (X) клиентов"),
    "ui.present.m.x_revenue": ("Their revenue", "Их выручка"),
    "ui.present.m.ax": ("AX: large and steady", "AX: крупные и стабильные"),
    "ui.present.m.core": ("Core (III)", "Ядро (III)"),
    "ui.present.m.core_revenue": ("Core revenue", "Выручка ядра"),
    "ui.present.m.at_risk": ("Key customers at risk", "Ключевых клиентов под угрозой"),
    "ui.present.m.stake": ("Revenue at stake", "Выручка под угрозой"),
    "ui.present.m.actions": ("Findings to act on", "Выводов к действию"),
    # The ABC and XYZ charts.
    "ui.present.abc.chart": ("Share of revenue by ABC class", "Доля выручки по классам ABC"),
    "ui.present.abc.value": ("Share of revenue", "Доля выручки"),
    "ui.present.abc.segment": ("Class", "Класс"),
    "ui.present.abc.name": ("{code} · {customers} customers", "{code} · {customers} клиентов"),
    "ui.present.abc.readout": (
        "Class A is {share} of customers ({customers}) and brings {revenue} of revenue.",
        "Класс A — это {share} клиентов ({customers}), и он даёт {revenue} выручки.",
    ),
    "ui.present.xyz.chart": ("Customers by stability of purchases", "Клиенты по стабильности покупок"),
    "ui.present.xyz.value": ("Customers", "Клиенты"),
    "ui.present.xyz.segment": ("Class", "Класс"),
    "ui.present.xyz.X": ("X · steady", "X · стабильные"),
    "ui.present.xyz.Y": ("Y · fluctuating", "Y · колеблющиеся"),
    "ui.present.xyz.Z": ("Z · irregular", "Z · нерегулярные"),
    "ui.present.xyz.N": ("N · too short a history", "N · слишком короткая история"),
    "ui.present.xyz.readout": (
        "{x} of customers buy steadily (X) and bring {revenue} of revenue; {z} buy irregularly (Z).",
        "{x} клиентов покупают стабильно (X) и дают {revenue} выручки; {z} покупают нерегулярно (Z).",
    ),
    # The at-risk and plan charts.
    "ui.present.at_risk.chart": (
        "Key customers at risk: revenue at stake",
        "Ключевые клиенты под угрозой: выручка на кону",
    ),
    "ui.present.at_risk.value": ("Revenue at stake", "Выручка под угрозой"),
    "ui.present.at_risk.segment": ("Customer", "Клиент"),
    "ui.present.at_risk.none": (
        "No key customer is overdue against their own buying rhythm.",
        "Ни один ключевой клиент не задерживается с покупкой против своего обычного ритма.",
    ),
    "ui.present.status.overdue": ("overdue", "задерживается"),
    "ui.present.status.lost": ("lost", "потерян"),
    "ui.present.plan.chart": (
        "The action plan: customers per finding",
        "План действий: клиентов в каждом выводе",
    ),
    "ui.present.plan.value": ("Customers", "Клиенты"),
    "ui.present.plan.segment": ("Finding", "Вывод"),
    "ui.present.plan.first": ("{title}: {action}", "{title}: {action}"),
    "ui.present.plan.none": ("Nothing urgent in this data.", "В этих данных нет срочных выводов."),
    # Sharing the view.
    "ui.present.share": ("Share", "Поделиться"),
    "ui.present.share_title": ("Open this view on your phone", "Откройте этот вид на телефоне"),
    "ui.present.share_link": ("Link to this view", "Ссылка на этот вид"),
    "ui.present.share_note": (
        "The link opens this step with the same cut-offs.",
        "Ссылка открывает этот шаг с теми же границами.",
    ),
    "ui.present.share_upload_note": (
        "The uploaded file stays on this computer: the link opens the demo data.",
        "Загруженный файл остаётся на этом компьютере: по ссылке откроются демо-данные.",
    ),
    "ui.present.qr_alt": ("QR code of the link to this view", "QR-код ссылки на этот вид"),
    # Slides.
    "ui.present.png": ("PNG", "PNG"),
    "ui.present.svg": ("SVG", "SVG"),
    "ui.present.png_help": (
        "This chart as a picture for a slide, with the cut-offs written under it.",
        "Этот график картинкой для слайда, с границами под ним.",
    ),
    "ui.present.zip": ("Download all for slides", "Скачать всё для слайдов"),
    "ui.present.zip_help": (
        "Every chart of the story as PNG and SVG in one zip file.",
        "Все графики рассказа в PNG и SVG одним zip-файлом.",
    ),
    "slides.cutoffs": (
        "ABC: A up to {a}, B up to {b} of {basis} · XYZ: X ≤ {x}, Y ≤ {y} (by {grain}) · "
        "loyalty split {loyalty}, profitability split {profit}",
        "ABC: A до {a}, B до {b} по показателю «{basis}» · XYZ: X ≤ {x}, Y ≤ {y} (период: {grain}) · "
        "граница лояльности {loyalty}, граница прибыльности {profit}",
    ),
    "slides.profit_value": ("at {value}", "на уровне {value}"),
    "slides.source": ("Data: {source} · as of {date}", "Данные: {source} · на {date}"),
    "slides.basis.revenue": ("revenue", "выручка"),
    "slides.basis.margin": ("margin", "маржа"),
    "slides.basis.orders": ("orders", "заказы"),
    "slides.basis.ltv": ("simple LTV", "простой LTV"),
    "slides.basis.clv": ("predicted CLV", "прогнозный CLV"),
    "slides.grain.W": ("week", "неделя"),
    "slides.grain.M": ("month", "месяц"),
    "slides.grain.Q": ("quarter", "квартал"),
    "slides.grain.Y": ("year", "год"),
}
