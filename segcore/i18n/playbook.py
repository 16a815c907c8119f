"""Strategy-card texts: one card per ABC×XYZ cell and per loyalty × profitability quadrant.

Keys: ``playbook.<code>.<field>`` for title, summary, goal, rhythm and owner;
``playbook.<code>.actions.<n>`` and ``playbook.<code>.kpis.<n>`` (numbered from 1) for the
lists; ``playbook.priority.<n>`` for the service levels; ``playbook.error.*`` for messages.
Texts are written as (English, Russian) pairs so both languages always have the same keys.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Card AX
    "playbook.AX.title": ("Backbone accounts", "Опорные клиенты"),
    "playbook.AX.summary": (
        "Large and steady: a big share of revenue, bought every period.",
        "Крупные и стабильные: значительная доля выручки, покупки каждый период.",
    ),
    "playbook.AX.goal": (
        "Keep them and grow our share of their spending through a long-term partnership.",
        "Сохранить их и увеличить нашу долю в их закупках за счёт долгосрочного партнёрства.",
    ),
    "playbook.AX.actions.1": (
        "Assign a named key-account manager and a deputy, so the customer always has a person to call.",
        "Закрепить персонального менеджера и его заместителя, чтобы у клиента всегда был контакт.",
    ),
    "playbook.AX.actions.2": (
        "Agree an annual plan: volumes, terms and a fixed date for the business review.",
        "Согласовать годовой план: объёмы, условия и дату регулярной встречи по итогам сотрудничества.",
    ),
    "playbook.AX.actions.3": (
        "Reserve stock and delivery slots for their regular orders.",
        "Резервировать под их регулярные заказы товарный запас и окна доставки.",
    ),
    "playbook.AX.actions.4": (
        "Offer related products and services they do not yet buy from us.",
        "Предлагать смежные товары и услуги, которые они пока покупают не у нас.",
    ),
    "playbook.AX.actions.5": (
        "Watch for early warning signs (a skipped period, a smaller order, a complaint) "
        "and react within a day.",
        "Следить за ранними сигналами (пропущенный период, уменьшение заказа, жалоба) "
        "и реагировать в течение дня.",
    ),
    "playbook.AX.kpis.1": (
        "Retention: share still buying after 12 months",
        "Удержание: доля клиентов, которые покупают и через 12 месяцев",
    ),
    "playbook.AX.kpis.2": (
        "Revenue growth against the same period last year",
        "Рост выручки к аналогичному периоду прошлого года",
    ),
    "playbook.AX.kpis.3": (
        "Product groups bought per customer",
        "Число товарных групп, которые покупает клиент",
    ),
    "playbook.AX.rhythm": (
        "Personal manager; monthly call, business review every quarter",
        "Персональный менеджер; звонок раз в месяц, встреча по итогам квартала",
    ),
    "playbook.AX.owner": ("Key-account manager", "Менеджер по ключевым клиентам"),
    # Card AY
    "playbook.AY.title": ("Large, with swings", "Крупные с колебаниями"),
    "playbook.AY.summary": (
        "Large buyers whose spending rises and falls from period to period.",
        "Крупные покупатели, у которых объём закупок заметно меняется от периода к периоду.",
    ),
    "playbook.AY.goal": (
        "Smooth out their purchases and keep our share in their quiet months.",
        "Сгладить колебания закупок и сохранить нашу долю в их «тихие» месяцы.",
    ),
    "playbook.AY.actions.1": (
        "Find out what drives the swings: season, projects, budget cycle or a competitor.",
        "Выяснить причину колебаний: сезон, проекты, бюджетный цикл или конкурент.",
    ),
    "playbook.AY.actions.2": (
        "Plan contacts ahead of their usual buying peaks.",
        "Планировать контакты заранее, до привычных пиков закупок.",
    ),
    "playbook.AY.actions.3": (
        "Offer a contract or delivery schedule that spreads purchases over the year.",
        "Предложить договор или график поставок, распределяющий закупки по году.",
    ),
    "playbook.AY.actions.4": (
        "Keep the personal manager and send automatic reminders between calls.",
        "Сохранить персонального менеджера, а между звонками отправлять автоматические напоминания.",
    ),
    "playbook.AY.kpis.1": (
        "Variation of monthly revenue (should fall)",
        "Коэффициент вариации месячной выручки (должен снижаться)",
    ),
    "playbook.AY.kpis.2": (
        "Revenue in the customer's weakest quarter",
        "Выручка в самый слабый для клиента квартал",
    ),
    "playbook.AY.kpis.3": ("Retention after 12 months", "Удержание через 12 месяцев"),
    "playbook.AY.rhythm": (
        "Personal manager; call before each expected peak and at least every 6 weeks",
        "Персональный менеджер; звонок перед каждым ожидаемым пиком и не реже раза в 6 недель",
    ),
    "playbook.AY.owner": (
        "Key-account manager with sales planning",
        "Менеджер по ключевым клиентам совместно с планированием продаж",
    ),
    # Card AZ
    "playbook.AZ.title": ("Large but unpredictable", "Крупные, но непредсказуемые"),
    "playbook.AZ.summary": (
        "Big purchases at irregular times: valuable, but hard to plan for.",
        "Крупные покупки в непредсказуемые моменты: ценные, но трудные для планирования.",
    ),
    "playbook.AZ.goal": (
        "Understand when and why they buy, and be the first supplier they call.",
        "Понять, когда и почему они покупают, и стать первым поставщиком, к которому они обращаются.",
    ),
    "playbook.AZ.actions.1": (
        "Ask the customer about their projects and purchasing calendar.",
        "Расспросить клиента о проектах и календаре закупок.",
    ),
    "playbook.AZ.actions.2": (
        "Keep a standard offer ready so that a sudden request is answered the same day.",
        "Держать наготове типовое предложение, чтобы ответить на внезапный запрос в тот же день.",
    ),
    "playbook.AZ.actions.3": (
        "Record every request, including lost ones, to see the pattern.",
        "Фиксировать каждый запрос, включая проигранные, чтобы увидеть закономерность.",
    ),
    "playbook.AZ.actions.4": (
        "Propose a framework agreement with prices agreed in advance.",
        "Предложить рамочный договор с заранее согласованными ценами.",
    ),
    "playbook.AZ.actions.5": (
        "Check whether part of their demand goes to competitors.",
        "Проверить, не уходит ли часть их спроса к конкурентам.",
    ),
    "playbook.AZ.kpis.1": ("Share of their requests we win", "Доля выигранных запросов клиента"),
    "playbook.AZ.kpis.2": ("Time from request to offer", "Время от запроса до коммерческого предложения"),
    "playbook.AZ.kpis.3": (
        "Periods with a purchase per year (should rise)",
        "Число периодов с покупками за год (должно расти)",
    ),
    "playbook.AZ.rhythm": (
        "Personal manager; monthly check-in and an immediate answer to every request",
        "Персональный менеджер; ежемесячный контакт и немедленный ответ на каждый запрос",
    ),
    "playbook.AZ.owner": ("Key-account manager", "Менеджер по ключевым клиентам"),
    # Card AN
    "playbook.AN.title": ("Large newcomers", "Крупные новички"),
    "playbook.AN.summary": (
        "Already among the top spenders, but the history is too short to judge regularity.",
        "Уже среди крупнейших по выручке, но история слишком короткая, чтобы судить о регулярности.",
    ),
    "playbook.AN.goal": (
        "Turn a strong start into a lasting relationship: onboard them personally and "
        "watch the next purchases.",
        "Превратить сильный старт в долгие отношения: лично сопроводить первые шаги и "
        "следить за следующими покупками.",
    ),
    "playbook.AN.actions.1": (
        "Call within a week of the first large purchase: thank them and learn their plans.",
        "Позвонить в течение недели после первой крупной покупки: поблагодарить и узнать планы.",
    ),
    "playbook.AN.actions.2": (
        "Assign a manager now, before the customer settles with another supplier.",
        "Закрепить менеджера сразу, пока клиент не остановил выбор на другом поставщике.",
    ),
    "playbook.AN.actions.3": (
        "Check that the first deliveries and documents went without problems.",
        "Проверить, что первые поставки и документы прошли без проблем.",
    ),
    "playbook.AN.actions.4": (
        "Agree the date and content of the next order.",
        "Договориться о сроке и составе следующего заказа.",
    ),
    "playbook.AN.actions.5": (
        "Review the segment once two more periods have passed.",
        "Пересмотреть сегмент, когда пройдут ещё два периода.",
    ),
    "playbook.AN.kpis.1": (
        "Share buying again within 90 days",
        "Доля клиентов с повторной покупкой в течение 90 дней",
    ),
    "playbook.AN.kpis.2": ("Revenue in the first 6 months", "Выручка за первые 6 месяцев"),
    "playbook.AN.kpis.3": ("Share moving to AX or AY", "Доля перешедших в AX или AY"),
    "playbook.AN.rhythm": (
        "Welcome call in the first week, check-ins after 30 and 90 days",
        "Приветственный звонок в первую неделю, контакты через 30 и 90 дней",
    ),
    "playbook.AN.owner": (
        "Account manager in charge of onboarding",
        "Менеджер, который ведёт новых клиентов в первые месяцы",
    ),
    # Card BX
    "playbook.BX.title": ("Steady middle", "Средние стабильные"),
    "playbook.BX.summary": (
        "Mid-sized customers who buy regularly: predictable and easy to serve.",
        "Клиенты среднего размера с регулярными покупками: предсказуемы и удобны в обслуживании.",
    ),
    "playbook.BX.goal": (
        "Raise their average check and move the strongest of them into group A.",
        "Увеличить средний чек и перевести самых сильных из них в класс A.",
    ),
    "playbook.BX.actions.1": (
        "Offer a larger pack, a bundle or a volume discount based on their usual order.",
        "Предложить упаковку большего объёма, комплект или скидку за объём на основе обычного заказа.",
    ),
    "playbook.BX.actions.2": (
        "Recommend product groups that similar customers in group A buy.",
        "Рекомендовать товарные группы, которые покупают похожие клиенты класса A.",
    ),
    "playbook.BX.actions.3": (
        "Set up standing orders or automatic replenishment.",
        "Настроить регулярный заказ или автоматическое пополнение.",
    ),
    "playbook.BX.actions.4": (
        "Pick the customers closest to the group A threshold and give them a personal growth plan.",
        "Отобрать клиентов, ближайших к границе класса A, и составить для них персональный план роста.",
    ),
    "playbook.BX.kpis.1": ("Average check", "Средний чек"),
    "playbook.BX.kpis.2": ("Share moving to group A", "Доля перешедших в класс A"),
    "playbook.BX.kpis.3": ("Retention after 12 months", "Удержание через 12 месяцев"),
    "playbook.BX.rhythm": (
        "Account manager; call every quarter, monthly newsletter",
        "Менеджер; звонок раз в квартал, ежемесячная рассылка",
    ),
    "playbook.BX.owner": ("Account manager", "Менеджер по работе с клиентами"),
    # Card BY
    "playbook.BY.title": ("Middle, with swings", "Средние с колебаниями"),
    "playbook.BY.summary": (
        "Mid-sized customers whose purchases vary noticeably between periods.",
        "Клиенты среднего размера с заметными колебаниями закупок.",
    ),
    "playbook.BY.goal": (
        "Make their purchases more regular and keep them from drifting away in quiet periods.",
        "Сделать покупки регулярнее и не дать клиентам уйти в периоды затишья.",
    ),
    "playbook.BY.actions.1": (
        "Send reminders and offers timed to their usual interval between purchases.",
        "Отправлять напоминания и предложения в привычный для клиента интервал между покупками.",
    ),
    "playbook.BY.actions.2": (
        "Reward buying every period: cumulative discount, loyalty points.",
        "Поощрять покупки каждый период: накопительная скидка, баллы программы лояльности.",
    ),
    "playbook.BY.actions.3": (
        "Call customers whose gap since the last purchase is already longer than usual.",
        "Звонить клиентам, у которых пауза после последней покупки уже дольше обычной.",
    ),
    "playbook.BY.actions.4": (
        "Pick out seasonal customers and prepare campaigns before their season starts.",
        "Выделить сезонных клиентов и готовить для них кампании до начала сезона.",
    ),
    "playbook.BY.kpis.1": ("Share of periods with a purchase", "Доля периодов с покупками"),
    "playbook.BY.kpis.2": ("Response to automatic offers", "Отклик на автоматические предложения"),
    "playbook.BY.kpis.3": ("Revenue per customer", "Выручка на клиента"),
    "playbook.BY.rhythm": (
        "Automatic offers between purchases; manager call every quarter",
        "Автоматические предложения между покупками; звонок менеджера раз в квартал",
    ),
    "playbook.BY.owner": (
        "Account manager with CRM marketing",
        "Менеджер по работе с клиентами совместно с CRM-маркетингом",
    ),
    # Card BZ
    "playbook.BZ.title": ("Occasional middle", "Средние эпизодические"),
    "playbook.BZ.summary": (
        "Mid-sized spenders who buy now and then, without a visible pattern.",
        "Клиенты среднего размера, покупающие время от времени и без видимой закономерности.",
    ),
    "playbook.BZ.goal": (
        "Learn what triggers their purchases and catch more of those occasions at low cost.",
        "Понять, что побуждает их к покупке, и с небольшими затратами не упускать такие поводы.",
    ),
    "playbook.BZ.actions.1": (
        "Tag purchases by occasion (sale, season, project) to find what triggers them.",
        "Отметить покупки по поводу (распродажа, сезон, проект), чтобы найти, что их запускает.",
    ),
    "playbook.BZ.actions.2": (
        "Include them in the campaigns that match that occasion.",
        "Включать их в кампании, которые соответствуют этому поводу.",
    ),
    "playbook.BZ.actions.3": (
        "Run a short survey or one call a year to understand their needs.",
        "Раз в год проводить короткий опрос или звонок, чтобы понять потребности.",
    ),
    "playbook.BZ.actions.4": (
        "Serve them through fast standard channels rather than a personal manager.",
        "Обслуживать через быстрые стандартные каналы, без персонального менеджера.",
    ),
    "playbook.BZ.kpis.1": ("Purchases per year", "Число покупок за год"),
    "playbook.BZ.kpis.2": ("Campaign response rate", "Отклик на кампании"),
    "playbook.BZ.kpis.3": ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
    "playbook.BZ.rhythm": (
        "Messages around their buying occasions; a call once or twice a year",
        "Сообщения к поводам для покупки; звонок один-два раза в год",
    ),
    "playbook.BZ.owner": (
        "CRM marketing; account manager on request",
        "CRM-маркетинг; менеджер — по запросу клиента",
    ),
    # Card BN
    "playbook.BN.title": ("Promising newcomers", "Перспективные новички"),
    "playbook.BN.summary": (
        "Mid-sized first purchases; not enough history yet to judge regularity.",
        "Первые покупки среднего размера; истории пока недостаточно, чтобы оценить регулярность.",
    ),
    "playbook.BN.goal": (
        "Make the second and third purchase happen and find the future group A among them.",
        "Добиться второй и третьей покупки и найти среди них будущих клиентов класса A.",
    ),
    "playbook.BN.actions.1": (
        "Start a welcome series: how to order, whom to call, what else we offer.",
        "Запустить приветственную серию: как заказывать, к кому обращаться, что ещё мы предлагаем.",
    ),
    "playbook.BN.actions.2": (
        "Have a manager call after the first purchase to ask about satisfaction and plans.",
        "Менеджеру позвонить после первой покупки и спросить об удовлетворённости и планах.",
    ),
    "playbook.BN.actions.3": (
        "Give a reason to come back: an offer on the next order with an expiry date.",
        "Дать повод вернуться: предложение на следующий заказ с ограниченным сроком.",
    ),
    "playbook.BN.actions.4": (
        "Review the segment once more history has accumulated.",
        "Пересмотреть сегмент, когда накопится больше истории.",
    ),
    "playbook.BN.kpis.1": (
        "Share buying again within 90 days",
        "Доля клиентов с повторной покупкой в течение 90 дней",
    ),
    "playbook.BN.kpis.2": ("Share moving to group A", "Доля перешедших в класс A"),
    "playbook.BN.kpis.3": ("Revenue in the first 6 months", "Выручка за первые 6 месяцев"),
    "playbook.BN.rhythm": (
        "Welcome series over 30 days, manager call after the first purchase",
        "Приветственная серия в течение 30 дней, звонок менеджера после первой покупки",
    ),
    "playbook.BN.owner": (
        "Account manager, then CRM automation",
        "Менеджер по работе с клиентами, затем CRM-автоматизация",
    ),
    # Card CX
    "playbook.CX.title": ("Small regulars", "Мелкие постоянные"),
    "playbook.CX.summary": (
        "Small amounts bought regularly: a stable base that costs little to serve.",
        "Небольшие суммы, но регулярно: стабильная база, недорогая в обслуживании.",
    ),
    "playbook.CX.goal": (
        "Keep them with convenient self-service and gradually raise their basket.",
        "Удержать удобным самообслуживанием и постепенно увеличивать корзину.",
    ),
    "playbook.CX.actions.1": (
        "Offer a subscription or automatic repeat orders.",
        "Предложить подписку или автоматический повтор заказа.",
    ),
    "playbook.CX.actions.2": (
        "Recommend add-ons at checkout based on their usual basket.",
        "Рекомендовать дополнительные товары при оформлении заказа на основе привычной корзины.",
    ),
    "playbook.CX.actions.3": (
        "Make ordering fast: saved baskets, online account, one-click reorder.",
        "Сделать заказ быстрым: сохранённые корзины, личный кабинет, повтор заказа в один клик.",
    ),
    "playbook.CX.actions.4": (
        "Thank them for loyalty with small automatic rewards.",
        "Благодарить за постоянство небольшими автоматическими бонусами.",
    ),
    "playbook.CX.kpis.1": ("Average basket size", "Средний размер корзины"),
    "playbook.CX.kpis.2": ("Retention after 12 months", "Удержание через 12 месяцев"),
    "playbook.CX.kpis.3": ("Cost to serve per order", "Затраты на обслуживание одного заказа"),
    "playbook.CX.rhythm": (
        "Automatic reminders in step with their purchases; monthly newsletter",
        "Автоматические напоминания в ритме их покупок; ежемесячная рассылка",
    ),
    "playbook.CX.owner": ("CRM automation", "CRM-автоматизация"),
    # Card CY
    "playbook.CY.title": ("Small, with swings", "Мелкие с колебаниями"),
    "playbook.CY.summary": (
        "Small customers with uneven purchases.",
        "Мелкие клиенты с неравномерными покупками.",
    ),
    "playbook.CY.goal": (
        "Serve them well at low cost and encourage steadier buying.",
        "Качественно и недорого обслуживать и поощрять более регулярные покупки.",
    ),
    "playbook.CY.actions.1": (
        "Include them in regular newsletters and seasonal campaigns.",
        "Включать в регулярные рассылки и сезонные кампании.",
    ),
    "playbook.CY.actions.2": (
        "Send an automatic win-back offer when the gap since the last purchase grows.",
        "Отправлять автоматическое предложение вернуться, когда пауза после покупки затягивается.",
    ),
    "playbook.CY.actions.3": (
        "Route questions to fast standard channels: chat, e-mail, online account.",
        "Направлять вопросы в быстрые стандартные каналы: чат, почту, личный кабинет.",
    ),
    "playbook.CY.kpis.1": ("Share of periods with a purchase", "Доля периодов с покупками"),
    "playbook.CY.kpis.2": ("Share returning after a pause", "Доля вернувшихся после паузы"),
    "playbook.CY.kpis.3": ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
    "playbook.CY.rhythm": (
        "Monthly newsletter, seasonal campaigns, automatic win-back",
        "Ежемесячная рассылка, сезонные кампании, автоматические напоминания",
    ),
    "playbook.CY.owner": ("CRM automation", "CRM-автоматизация"),
    # Card CZ
    "playbook.CZ.title": ("Small and occasional", "Мелкие и эпизодические"),
    "playbook.CZ.summary": (
        "Occasional small purchases: the long tail of the customer base.",
        "Редкие небольшие покупки: «длинный хвост» клиентской базы.",
    ),
    "playbook.CZ.goal": (
        "Serve them politely, quickly and cheaply, and spot the ones who could grow.",
        "Обслуживать вежливо, быстро и недорого и замечать тех, кто может вырасти.",
    ),
    "playbook.CZ.actions.1": (
        "Keep service standard and automated, without personal manager time.",
        "Поддерживать стандартное автоматизированное обслуживание без затрат времени менеджеров.",
    ),
    "playbook.CZ.actions.2": (
        "Reach them through low-cost channels: mass mailings, website, marketplaces.",
        "Работать через недорогие каналы: массовые рассылки, сайт, маркетплейсы.",
    ),
    "playbook.CZ.actions.3": (
        "Flag any customer with a suddenly large order and pass them to an account manager.",
        "Отмечать клиентов с внезапно крупным заказом и передавать их менеджеру.",
    ),
    "playbook.CZ.actions.4": (
        "Do not drop them: a small buyer today may become a key customer tomorrow.",
        "Не отказываться от них: сегодняшний мелкий покупатель завтра может стать ключевым.",
    ),
    "playbook.CZ.kpis.1": ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
    "playbook.CZ.kpis.2": ("Share moving to group B or A", "Доля перешедших в классы B или A"),
    "playbook.CZ.kpis.3": ("Share of contacts that are complaints", "Доля обращений с жалобами"),
    "playbook.CZ.rhythm": (
        "Mass campaigns a few times a year; service on request",
        "Массовые кампании несколько раз в год; обслуживание по запросу",
    ),
    "playbook.CZ.owner": ("CRM automation and self-service", "CRM-автоматизация и самообслуживание"),
    # Card CN
    "playbook.CN.title": ("New small buyers", "Новые мелкие покупатели"),
    "playbook.CN.summary": (
        "First small purchases; too little history to judge.",
        "Первые небольшие покупки; истории слишком мало для выводов.",
    ),
    "playbook.CN.goal": (
        "Onboard them at low cost and see who comes back.",
        "Недорого познакомить с нами и посмотреть, кто вернётся.",
    ),
    "playbook.CN.actions.1": (
        "Run an automatic welcome series with the most useful information.",
        "Запустить автоматическую приветственную серию с самой полезной информацией.",
    ),
    "playbook.CN.actions.2": (
        "Offer a small incentive for the second purchase.",
        "Предложить небольшой стимул для второй покупки.",
    ),
    "playbook.CN.actions.3": ("Ask for a rating of the first order.", "Попросить оценить первый заказ."),
    "playbook.CN.actions.4": (
        "Review the segment once more history is available.",
        "Пересмотреть сегмент, когда появится больше истории.",
    ),
    "playbook.CN.kpis.1": ("Share buying a second time", "Доля клиентов со второй покупкой"),
    "playbook.CN.kpis.2": ("Onboarding cost per customer", "Затраты на знакомство с одним новым клиентом"),
    "playbook.CN.rhythm": (
        "Automatic welcome series over the first 30 days",
        "Автоматическая приветственная серия в первые 30 дней",
    ),
    "playbook.CN.owner": ("CRM automation", "CRM-автоматизация"),
    # Card I
    "playbook.I.title": ("Entry flow", "Входящий поток"),
    "playbook.I.summary": (
        "Low loyalty, low profit: newcomers and casual buyers.",
        "Низкая лояльность и низкая прибыльность: новички и случайные покупатели.",
    ),
    "playbook.I.goal": (
        "Serve them evenly well without overspending and grow the flow: a casual buyer "
        "today can be a regular tomorrow.",
        "Ровно и качественно обслуживать без лишних затрат и наращивать поток: сегодняшний "
        "случайный покупатель завтра может стать постоянным.",
    ),
    "playbook.I.actions.1": (
        "Keep one consistent standard of service for everyone in this group.",
        "Поддерживать единый стандарт обслуживания для всех в этой группе.",
    ),
    "playbook.I.actions.2": (
        "Inform widely: newsletters, website, social media, materials at points of sale.",
        "Широко информировать: рассылки, сайт, соцсети, материалы в точках продаж.",
    ),
    "playbook.I.actions.3": (
        "Run promotions that bring people back for a second purchase.",
        "Проводить акции, которые приводят к повторной покупке.",
    ),
    "playbook.I.actions.4": (
        "Settle conflicts quickly by standard rules rather than at any cost, even if the relationship ends.",
        "Решать конфликты быстро, по стандартным правилам, а не любой ценой — даже если "
        "отношения прекратятся.",
    ),
    "playbook.I.kpis.1": ("New customers per period", "Число новых клиентов за период"),
    "playbook.I.kpis.2": ("Share making a repeat purchase", "Доля совершивших повторную покупку"),
    "playbook.I.kpis.3": ("Marketing cost per customer", "Маркетинговые затраты на клиента"),
    "playbook.I.rhythm": (
        "Mass campaigns every month; service on request",
        "Массовые кампании ежемесячно; обслуживание по запросу",
    ),
    "playbook.I.owner": ("Marketing (mass channels and promotions)", "Маркетинг (массовые каналы и акции)"),
    # Card II
    "playbook.II.title": ("Stars in reserve", "Звёзды в резерве"),
    "playbook.II.summary": (
        "High loyalty, low profit: they come back often but spend little so far.",
        "Высокая лояльность при низкой прибыльности: возвращаются часто, но пока тратят мало.",
    ),
    "playbook.II.goal": (
        "Raise purchase frequency and basket so that they grow into core customers.",
        "Увеличить частоту и размер покупок, чтобы они выросли в ядро.",
    ),
    "playbook.II.actions.1": (
        "Give regular reasons to return: news, personal offers, loyalty-programme events.",
        "Регулярно давать повод вернуться: новости, персональные предложения, события программы лояльности.",
    ),
    "playbook.II.actions.2": (
        "Offer bundles and higher tiers to raise the basket.",
        "Предлагать комплекты и более высокие уровни программы, чтобы увеличить корзину.",
    ),
    "playbook.II.actions.3": (
        "Ask for recommendations and reward customers they bring.",
        "Просить рекомендации и поощрять за приведённых клиентов.",
    ),
    "playbook.II.actions.4": (
        "Show that loyalty is valued: status, early access, small gifts.",
        "Показывать, что лояльность ценится: статус, ранний доступ, небольшие подарки.",
    ),
    "playbook.II.kpis.1": ("Average check", "Средний чек"),
    "playbook.II.kpis.2": ("Purchase frequency", "Частота покупок"),
    "playbook.II.kpis.3": ("Recommendations per customer", "Число рекомендаций на клиента"),
    "playbook.II.kpis.4": ("Share moving to quadrant III", "Доля перешедших в квадрант III"),
    "playbook.II.rhythm": ("A reason to return every 2–4 weeks", "Повод вернуться каждые 2–4 недели"),
    "playbook.II.owner": ("CRM and loyalty-programme team", "Команда CRM и программы лояльности"),
    # Card III
    "playbook.III.title": ("The core", "Ядро"),
    "playbook.III.summary": (
        "High loyalty, high profit: the customers the business rests on.",
        "Высокая лояльность и высокая прибыльность: клиенты, на которых держится бизнес.",
    ),
    "playbook.III.goal": (
        "Keep them first in line for resources and build a partnership that pays off for both sides.",
        "Держать их первыми в очереди за ресурсами и строить партнёрство, выгодное обеим сторонам.",
    ),
    "playbook.III.actions.1": (
        "Provide the best level of service and a personal contact person.",
        "Обеспечить лучший уровень сервиса и персональное контактное лицо.",
    ),
    "playbook.III.actions.2": (
        "Study their needs in depth: visits, interviews, joint planning.",
        "Глубоко изучать их потребности: визиты, интервью, совместное планирование.",
    ),
    "playbook.III.actions.3": (
        "Offer exclusive terms in the loyalty programme.",
        "Предлагать эксклюзивные условия в программе лояльности.",
    ),
    "playbook.III.actions.4": (
        "Prepare pleasant surprises for dates that matter to them.",
        "Готовить приятные сюрпризы к значимым для них датам.",
    ),
    "playbook.III.actions.5": (
        "Track satisfaction and handle every complaint personally.",
        "Отслеживать удовлетворённость и лично разбирать каждую жалобу.",
    ),
    "playbook.III.kpis.1": ("Retention after 12 months", "Удержание через 12 месяцев"),
    "playbook.III.kpis.2": ("Share of total revenue", "Доля в общей выручке"),
    "playbook.III.kpis.3": (
        "Satisfaction score (for example NPS)",
        "Индекс удовлетворённости (например, NPS)",
    ),
    "playbook.III.rhythm": (
        "Personal contact every month; review twice a year; attention on dates that matter",
        "Личный контакт ежемесячно; встреча по итогам полугодия; внимание к значимым датам",
    ),
    "playbook.III.owner": (
        "Key-account manager, with senior management",
        "Менеджер по ключевым клиентам при участии руководства",
    ),
    # Card IV
    "playbook.IV.title": ("Valuable but uncommitted", "Ценные, но не преданные"),
    "playbook.IV.summary": (
        "Low loyalty, high profit: big spenders who buy rarely or also buy elsewhere.",
        "Низкая лояльность при высокой прибыльности: крупные покупатели, которые "
        "покупают редко или также у других.",
    ),
    "playbook.IV.goal": (
        "Find out why they are not loyal, remove the reasons and make their purchases regular.",
        "Выяснить причины низкой лояльности, устранить их и сделать покупки регулярными.",
    ),
    "playbook.IV.actions.1": (
        "Call personally to ask what they miss and what competitors offer them.",
        "Лично позвонить и выяснить, чего им не хватает и что предлагают конкуренты.",
    ),
    "playbook.IV.actions.2": (
        "Fix the weaknesses they name: price, delivery, range, service.",
        "Устранить названные слабые места: цена, доставка, ассортимент, сервис.",
    ),
    "playbook.IV.actions.3": (
        "Tell them about better terms and new offers that matter to them.",
        "Рассказать о лучших условиях и новых предложениях, которые для них важны.",
    ),
    "playbook.IV.actions.4": (
        "Propose a schedule or contract that makes purchases regular.",
        "Предложить график или договор, благодаря которому покупки станут регулярными.",
    ),
    "playbook.IV.actions.5": (
        "Watch the days since their last purchase and act when the gap grows.",
        "Следить за тем, сколько дней прошло с последней покупки, и действовать, когда пауза затягивается.",
    ),
    "playbook.IV.kpis.1": ("Share of periods with a purchase", "Доля периодов с покупками"),
    "playbook.IV.kpis.2": ("Share moving to quadrant III", "Доля перешедших в квадрант III"),
    "playbook.IV.kpis.3": ("Days since last purchase", "Дней с последней покупки"),
    "playbook.IV.rhythm": (
        "Personal call now, then a monthly contact until purchases become regular",
        "Личный звонок сейчас, затем ежемесячный контакт, пока покупки не станут регулярными",
    ),
    "playbook.IV.owner": (
        "Account manager with the customer-experience team",
        "Менеджер по работе с клиентами совместно с командой клиентского опыта",
    ),
    # Service levels and messages
    "playbook.priority.1": (
        "Top: first call on managers' time and budget, personal service",
        "Высший: первыми получают время менеджеров и бюджет, персональный сервис",
    ),
    "playbook.priority.2": (
        "High: personal attention on a planned schedule, budget for growth",
        "Высокий: персональное внимание по плану, бюджет на развитие",
    ),
    "playbook.priority.3": (
        "Standard: account team plus automation, budget for targeted campaigns",
        "Стандартный: менеджеры и автоматизация, бюджет на целевые кампании",
    ),
    "playbook.priority.4": (
        "Efficient: automated, quick and polite service at a low cost per contact",
        "Экономичный: автоматизированное, быстрое и вежливое обслуживание с низкой стоимостью контакта",
    ),
    "playbook.error.unknown_code": (
        "There is no strategy card “{code}”. Use one of: {codes}.",
        "Карточки стратегии «{code}» нет. Используйте один из кодов: {codes}.",
    ),
    "playbook.error.unknown_field": (
        "A strategy card has no field “{field}”. Fields that can be edited: {fields}.",
        "У карточки стратегии нет поля «{field}». Можно изменять поля: {fields}.",
    ),
    "playbook.error.bad_value": (
        "The field “{field}” of card “{code}” must be text; got “{value}”.",
        "Поле «{field}» карточки «{code}» должно быть текстом; получено «{value}».",
    ),
    "playbook.error.bad_priority": (
        "The priority of card “{code}” must be a whole number from 1 (top) to {lowest}; got “{value}”.",
        "Приоритет карточки «{code}» должен быть целым числом от 1 (высший) до {lowest}; получено «{value}».",
    ),
    "playbook.error.bad_saved": (
        "The saved strategy edits cannot be read. Reset the playbook to its defaults.",
        "Сохранённые изменения стратегий не удаётся прочитать. Сбросьте стратегии к исходным.",
    ),
}
