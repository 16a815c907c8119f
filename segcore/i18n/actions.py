"""Texts of the action plan: what to do about each kind of finding, who does it, and the summary's words.

Every text is an (English, Russian) pair. Keys:

- ``action.<kind>.1`` … ``.3``: the actions for a finding of that kind, in the order to do
  them (:data:`segcore.insight.plan.ACTIONS` lists them per kind);
- ``action.<kind>.owner``: who does them;
- ``action.<kind>.figure``: the label of the number a finding's card shows large
  (:data:`segcore.insight.plan.KEY_FIGURES`); it may quote the finding's figures, written
  for the language (``{top_customers}`` → ``20 %``);
- ``action.summary.*``: the words of the summary (headings, "who", "for whom", the
  severity marks of the Markdown file).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_ACTIONS: dict[str, tuple[str, str]] = {
    # dependency: one customer brings more than a tenth of revenue
    "action.dependency.1": (
        "Agree a written plan with this customer for the coming year: volumes, terms and a date "
        "to review it.",
        "Согласовать с клиентом письменный план на год: объёмы, условия и дату пересмотра.",
    ),
    "action.dependency.2": (
        "Give the account a second contact on both sides, so that the relationship does not rest "
        "on one person.",
        "Назначить второе контактное лицо с обеих сторон, чтобы отношения не держались на одном человеке.",
    ),
    "action.dependency.3": (
        "Set a target for revenue from other customers, so that no single customer brings more "
        "than a tenth of revenue.",
        "Поставить цель по выручке от других клиентов, чтобы ни один клиент не приносил больше "
        "десятой части выручки.",
    ),
    "action.dependency.owner": (
        "Sales director with the key-account manager",
        "Коммерческий директор вместе с менеджером по ключевым клиентам",
    ),
    "action.dependency.figure": ("Share of revenue from one customer", "Доля выручки одного клиента"),
    # at_risk: key customers quiet against their own rhythm
    "action.at_risk.1": (
        "Call every customer on the list this week: ask what has changed and whether something went "
        "wrong on our side.",
        "На этой неделе позвонить каждому клиенту из списка: спросить, что изменилось и не было ли "
        "проблем с нашей стороны.",
    ),
    "action.at_risk.2": (
        "For the customers marked lost, arrange a meeting with the head of sales and a personal "
        "offer to come back.",
        "Клиентам со статусом «потерян» предложить встречу с руководителем отдела продаж и "
        "персональные условия для возвращения.",
    ),
    "action.at_risk.3": (
        "Set up an alert: when a key customer misses three of their usual intervals, their manager "
        "learns it the same day.",
        "Настроить сигнал: если ключевой клиент пропустил три своих обычных интервала между "
        "покупками, менеджер узнаёт об этом в тот же день.",
    ),
    "action.at_risk.owner": (
        "Key-account managers; for lost customers, with the head of sales",
        "Менеджеры по ключевым клиентам; по потерянным — вместе с руководителем отдела продаж",
    ),
    "action.at_risk.figure": ("Revenue a year at stake", "Выручка в год под угрозой"),
    # core_size: quadrant III is much larger than the Pareto 20 %
    "action.core_size.1": (
        "Try the Pareto-core split on the Settings page and look at who leaves the core.",
        "Попробовать разбиение «ядро по Парето» на странице «Настройки» и посмотреть, кто выходит из ядра.",
    ),
    "action.core_size.2": (
        "Keep personal service for the narrower core; serve the customers who leave it by the "
        "“Stars in reserve” card.",
        "Персональный сервис оставить узкому ядру; вышедших из него клиентов обслуживать по "
        "карточке «Звёзды в резерве».",
    ),
    "action.core_size.3": (
        "Re-plan managers' time and budget so that each core customer gets more attention, not less.",
        "Перераспределить время менеджеров и бюджет так, чтобы каждому клиенту ядра доставалось "
        "больше внимания, а не меньше.",
    ),
    "action.core_size.owner": (
        "Head of sales with marketing",
        "Руководитель отдела продаж вместе с маркетингом",
    ),
    "action.core_size.figure": ("Share of customers in the core", "Доля клиентов в ядре"),
    # rising: customers outside class A already buying at the class-A level
    "action.rising.1": (
        "Give each of these customers a named account manager this week, before a competitor notices them.",
        "На этой неделе закрепить за каждым из этих клиентов менеджера — пока их не заметили конкуренты.",
    ),
    "action.rising.2": (
        "Call to thank them and learn their plans: what they buy from us and what they buy elsewhere.",
        "Позвонить, поблагодарить и узнать планы: что они покупают у нас, а что — у других.",
    ),
    "action.rising.3": (
        "Offer class-A terms (delivery, payment, prices) to those who keep this pace for another quarter.",
        "Тем, кто сохранит этот темп ещё квартал, предложить условия класса A: доставка, оплата, цены.",
    ),
    "action.rising.owner": ("Account managers", "Менеджеры по работе с клиентами"),
    "action.rising.figure": (
        "Customers buying at the class-A level",
        "Клиенты, покупающие на уровне класса A",
    ),
    # returns: customers returning far more than the others
    "action.returns.1": (
        "Go through these customers' returns: which goods, for what reason, who accepted them.",
        "Разобрать возвраты этих клиентов: какой товар, по какой причине, кто принял возврат.",
    ),
    "action.returns.2": (
        "Call the largest of them and find out whether the problem is quality, delivery or the order itself.",
        "Позвонить крупнейшим из них и выяснить, в чём проблема: в качестве, доставке или самом заказе.",
    ),
    "action.returns.3": (
        "Remove the cause or agree the terms of returns; plan with their revenue net of returns.",
        "Устранить причину или согласовать условия возврата; планировать по их выручке за вычетом возвратов.",
    ),
    "action.returns.owner": (
        "Customer service with quality control",
        "Служба клиентского сервиса вместе с контролем качества",
    ),
    "action.returns.figure": ("Share of their purchases returned", "Доля возвратов в их покупках"),
    # concentration: how few customers make most of the revenue
    "action.concentration.1": (
        "Check that each of these customers has a named manager and a plan of contacts.",
        "Проверить, что у каждого из этих клиентов есть закреплённый менеджер и план контактов.",
    ),
    "action.concentration.2": (
        "Spend managers' time and budget on this list first; serve the others through low-cost channels.",
        "Время менеджеров и бюджет тратить прежде всего на этот список; остальных обслуживать "
        "через недорогие каналы.",
    ),
    "action.concentration.3": (
        "Review the list every quarter: who joined it, who dropped out and why.",
        "Пересматривать список раз в квартал: кто в него вошёл, кто выбыл и почему.",
    ),
    "action.concentration.owner": ("Head of sales", "Руководитель отдела продаж"),
    "action.concentration.figure": (
        "Revenue from the top {top_customers} of customers",
        "Выручка от {top_customers} крупнейших клиентов",
    ),
    # seasonal: customers who buy in one season only
    "action.seasonal.1": (
        "Mark each customer's season in the CRM, so that no effort goes into their quiet months.",
        "Отметить в CRM сезон каждого клиента, чтобы не тратить усилия в их тихие месяцы.",
    ),
    "action.seasonal.2": (
        "Send the offer a month before their season starts; prepare stock and delivery slots in advance.",
        "Отправлять предложение за месяц до начала их сезона; заранее готовить запас и окна доставки.",
    ),
    "action.seasonal.3": (
        "Do not count them as lost between seasons: compare each season with the same season a year earlier.",
        "Не считать их потерянными между сезонами: сравнивать сезон с тем же сезоном год назад (г/г).",
    ),
    "action.seasonal.owner": ("Marketing with CRM automation", "Маркетинг вместе с CRM-автоматизацией"),
    "action.seasonal.figure": ("Customers who buy in one season", "Клиенты, покупающие в один сезон"),
    # base: new, returning and lost customers of the last complete month
    "action.base.1": (
        "Welcome the new customers: a welcome series and an offer for the second purchase.",
        "Поприветствовать новых клиентов: серия писем для знакомства и предложение на вторую покупку.",
    ),
    "action.base.2": (
        "Send the customers lost this month an offer to come back, valid for a limited time.",
        "Ушедшим за месяц клиентам отправить предложение вернуться с ограниченным сроком действия.",
    ),
    "action.base.3": (
        "Check the live base every month: how many came, how many came back, how many left.",
        "Каждый месяц сверять активную базу: сколько клиентов пришло, сколько вернулось, сколько ушло.",
    ),
    "action.base.owner": ("Marketing", "Маркетинг"),
    "action.base.figure": ("Change of the live base in the month", "Изменение активной базы за месяц"),
}

_SUMMARY: dict[str, tuple[str, str]] = {
    "action.summary.title": ("Summary: what the data says", "Итоги: что говорят данные"),
    "action.summary.findings": ("What the data says", "Что говорят данные"),
    "action.summary.plan": ("What to do on Monday", "Что делать в понедельник"),
    "action.summary.who": ("Who", "Кто"),
    "action.summary.for_whom": ("For whom", "Для кого"),
    "action.summary.card": ("Strategy card", "Карточка стратегии"),
    "action.summary.more": ("and {count} more", "и ещё {count}"),
    "action.summary.prepared": ("Prepared", "Подготовлено"),
    "action.summary.nothing": (
        "Nothing in these data calls for attention under this scenario.",
        "При этом сценарии в данных нет ничего, что требовало бы внимания.",
    ),
    "action.summary.mark.3": ("▲", "▲"),
    "action.summary.mark.2": ("◆", "◆"),
    "action.summary.mark.1": ("●", "●"),
    "action.summary.at_risk_sheet": ("At risk", "Под угрозой"),
}

MESSAGES: dict[str, tuple[str, str]] = {**_ACTIONS, **_SUMMARY}
