"""Strategy-card texts: one card per ABC×XYZ cell and per loyalty × profitability quadrant.

Keys: ``playbook.<code>.<field>`` for title, summary, goal, rhythm and owner;
``playbook.<code>.actions.<n>`` and ``playbook.<code>.kpis.<n>`` (numbered from 1) for the
lists; ``playbook.priority.<n>`` for the service levels; ``playbook.error.*`` for messages.
Texts are written as (English, Russian) pairs so both languages always have the same keys.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_Pair = tuple[str, str]

_CARDS: dict[str, dict[str, _Pair | list[_Pair]]] = {
    "AX": {
        "title": ("Backbone accounts", "Опорные клиенты"),
        "summary": (
            "Large and steady: a big share of revenue, bought every period.",
            "Крупные и стабильные: значительная доля выручки, покупки каждый период.",
        ),
        "goal": (
            "Keep them and grow our share of their spending through a long-term partnership.",
            "Сохранить их и увеличить нашу долю в их закупках за счёт долгосрочного партнёрства.",
        ),
        "actions": [
            (
                "Assign a named key-account manager and a deputy, so the customer always "
                "has a person to call.",
                "Закрепить персонального менеджера и его заместителя, чтобы у клиента всегда был контакт.",
            ),
            (
                "Agree an annual plan: volumes, terms and a fixed date for the business review.",
                "Согласовать годовой план: объёмы, условия и дату регулярной встречи по итогам "
                "сотрудничества.",
            ),
            (
                "Reserve stock and delivery slots for their regular orders.",
                "Резервировать под их регулярные заказы товарный запас и окна доставки.",
            ),
            (
                "Offer related products and services they do not yet buy from us.",
                "Предлагать смежные товары и услуги, которые они пока покупают не у нас.",
            ),
            (
                "Watch for early warning signs (a skipped period, a smaller order, a complaint) "
                "and react within a day.",
                "Следить за ранними сигналами (пропущенный период, уменьшение заказа, жалоба) "
                "и реагировать в течение дня.",
            ),
        ],
        "kpis": [
            (
                "Retention: share still buying after 12 months",
                "Удержание: доля клиентов, которые покупают и через 12 месяцев",
            ),
            (
                "Revenue growth against the same period last year",
                "Рост выручки к аналогичному периоду прошлого года",
            ),
            (
                "Product groups bought per customer",
                "Число товарных групп, которые покупает клиент",
            ),
        ],
        "rhythm": (
            "Personal manager; monthly call, business review every quarter",
            "Персональный менеджер; звонок раз в месяц, встреча по итогам квартала",
        ),
        "owner": ("Key-account manager", "Менеджер по ключевым клиентам"),
    },
    "AY": {
        "title": ("Large, with swings", "Крупные с колебаниями"),
        "summary": (
            "Large buyers whose spending rises and falls from period to period.",
            "Крупные покупатели, у которых объём закупок заметно меняется от периода к периоду.",
        ),
        "goal": (
            "Smooth out their purchases and keep our share in their quiet months.",
            "Сгладить колебания закупок и сохранить нашу долю в их «тихие» месяцы.",
        ),
        "actions": [
            (
                "Find out what drives the swings: season, projects, budget cycle or a competitor.",
                "Выяснить причину колебаний: сезон, проекты, бюджетный цикл или конкурент.",
            ),
            (
                "Plan contacts ahead of their usual buying peaks.",
                "Планировать контакты заранее, до привычных пиков закупок.",
            ),
            (
                "Offer a contract or delivery schedule that spreads purchases over the year.",
                "Предложить договор или график поставок, распределяющий закупки по году.",
            ),
            (
                "Keep the personal manager and send automatic reminders between calls.",
                "Сохранить персонального менеджера, а между звонками отправлять автоматические напоминания.",
            ),
        ],
        "kpis": [
            (
                "Variation of monthly revenue (should fall)",
                "Коэффициент вариации месячной выручки (должен снижаться)",
            ),
            (
                "Revenue in the customer's weakest quarter",
                "Выручка в самый слабый для клиента квартал",
            ),
            ("Retention after 12 months", "Удержание через 12 месяцев"),
        ],
        "rhythm": (
            "Personal manager; call before each expected peak and at least every 6 weeks",
            "Персональный менеджер; звонок перед каждым ожидаемым пиком и не реже раза в 6 недель",
        ),
        "owner": (
            "Key-account manager with sales planning",
            "Менеджер по ключевым клиентам совместно с планированием продаж",
        ),
    },
    "AZ": {
        "title": ("Large but unpredictable", "Крупные, но непредсказуемые"),
        "summary": (
            "Big purchases at irregular times: valuable, but hard to plan for.",
            "Крупные покупки в непредсказуемые моменты: ценные, но трудные для планирования.",
        ),
        "goal": (
            "Understand when and why they buy, and be the first supplier they call.",
            "Понять, когда и почему они покупают, и стать первым поставщиком, к которому они обращаются.",
        ),
        "actions": [
            (
                "Ask the customer about their projects and purchasing calendar.",
                "Расспросить клиента о проектах и календаре закупок.",
            ),
            (
                "Keep a standard offer ready so that a sudden request is answered the same day.",
                "Держать наготове типовое предложение, чтобы ответить на внезапный запрос в тот же день.",
            ),
            (
                "Record every request, including lost ones, to see the pattern.",
                "Фиксировать каждый запрос, включая проигранные, чтобы увидеть закономерность.",
            ),
            (
                "Propose a framework agreement with prices agreed in advance.",
                "Предложить рамочный договор с заранее согласованными ценами.",
            ),
            (
                "Check whether part of their demand goes to competitors.",
                "Проверить, не уходит ли часть их спроса к конкурентам.",
            ),
        ],
        "kpis": [
            ("Share of their requests we win", "Доля выигранных запросов клиента"),
            (
                "Time from request to offer",
                "Время от запроса до коммерческого предложения",
            ),
            (
                "Periods with a purchase per year (should rise)",
                "Число периодов с покупками за год (должно расти)",
            ),
        ],
        "rhythm": (
            "Personal manager; monthly check-in and an immediate answer to every request",
            "Персональный менеджер; ежемесячный контакт и немедленный ответ на каждый запрос",
        ),
        "owner": ("Key-account manager", "Менеджер по ключевым клиентам"),
    },
    "AN": {
        "title": ("Large newcomers", "Крупные новички"),
        "summary": (
            "Already among the top spenders, but the history is too short to judge regularity.",
            "Уже среди крупнейших по выручке, но история слишком короткая, чтобы судить о регулярности.",
        ),
        "goal": (
            "Turn a strong start into a lasting relationship: onboard them personally and "
            "watch the next purchases.",
            "Превратить сильный старт в долгие отношения: лично сопроводить первые шаги и "
            "следить за следующими покупками.",
        ),
        "actions": [
            (
                "Call within a week of the first large purchase: thank them and learn their plans.",
                "Позвонить в течение недели после первой крупной покупки: поблагодарить и узнать планы.",
            ),
            (
                "Assign a manager now, before the customer settles with another supplier.",
                "Закрепить менеджера сразу, пока клиент не остановил выбор на другом поставщике.",
            ),
            (
                "Check that the first deliveries and documents went without problems.",
                "Проверить, что первые поставки и документы прошли без проблем.",
            ),
            (
                "Agree the date and content of the next order.",
                "Договориться о сроке и составе следующего заказа.",
            ),
            (
                "Review the segment once two more periods have passed.",
                "Пересмотреть сегмент, когда пройдут ещё два периода.",
            ),
        ],
        "kpis": [
            (
                "Share buying again within 90 days",
                "Доля клиентов с повторной покупкой в течение 90 дней",
            ),
            ("Revenue in the first 6 months", "Выручка за первые 6 месяцев"),
            ("Share moving to AX or AY", "Доля перешедших в AX или AY"),
        ],
        "rhythm": (
            "Welcome call in the first week, check-ins after 30 and 90 days",
            "Приветственный звонок в первую неделю, контакты через 30 и 90 дней",
        ),
        "owner": (
            "Account manager in charge of onboarding",
            "Менеджер, отвечающий за адаптацию новых клиентов",
        ),
    },
    "BX": {
        "title": ("Steady middle", "Стабильная середина"),
        "summary": (
            "Mid-sized customers who buy regularly: predictable and easy to serve.",
            "Клиенты среднего размера с регулярными покупками: предсказуемы и удобны в обслуживании.",
        ),
        "goal": (
            "Raise their average check and move the strongest of them into group A.",
            "Увеличить средний чек и перевести самых сильных из них в группу A.",
        ),
        "actions": [
            (
                "Offer a larger pack, a bundle or a volume discount based on their usual order.",
                "Предложить упаковку большего объёма, комплект или скидку за объём на основе "
                "обычного заказа.",
            ),
            (
                "Recommend product groups that similar customers in group A buy.",
                "Рекомендовать товарные группы, которые покупают похожие клиенты группы A.",
            ),
            (
                "Set up standing orders or automatic replenishment.",
                "Настроить регулярный заказ или автоматическое пополнение.",
            ),
            (
                "Pick the customers closest to the group A threshold and give them a personal growth plan.",
                "Отобрать клиентов, ближайших к порогу группы A, и составить для них "
                "персональный план роста.",
            ),
        ],
        "kpis": [
            ("Average check", "Средний чек"),
            ("Share moving to group A", "Доля перешедших в группу A"),
            ("Retention after 12 months", "Удержание через 12 месяцев"),
        ],
        "rhythm": (
            "Account manager; call every quarter, monthly newsletter",
            "Менеджер; звонок раз в квартал, ежемесячная рассылка",
        ),
        "owner": ("Account manager", "Менеджер по работе с клиентами"),
    },
    "BY": {
        "title": ("Middle, with swings", "Середина с колебаниями"),
        "summary": (
            "Mid-sized customers whose purchases vary noticeably between periods.",
            "Клиенты среднего размера с заметными колебаниями закупок.",
        ),
        "goal": (
            "Make their purchases more regular and keep them from drifting away in quiet periods.",
            "Сделать покупки регулярнее и не дать клиентам уйти в периоды затишья.",
        ),
        "actions": [
            (
                "Send reminders and offers timed to their usual interval between purchases.",
                "Отправлять напоминания и предложения в привычный для клиента интервал между покупками.",
            ),
            (
                "Reward buying every period: cumulative discount, loyalty points.",
                "Поощрять покупки каждый период: накопительная скидка, баллы программы лояльности.",
            ),
            (
                "Call customers whose gap since the last purchase is already longer than usual.",
                "Звонить клиентам, у которых пауза после последней покупки уже дольше обычной.",
            ),
            (
                "Pick out seasonal customers and prepare campaigns before their season starts.",
                "Выделить сезонных клиентов и готовить для них кампании до начала сезона.",
            ),
        ],
        "kpis": [
            ("Share of periods with a purchase", "Доля периодов с покупками"),
            (
                "Response to automatic offers",
                "Отклик на автоматические предложения",
            ),
            ("Revenue per customer", "Выручка на клиента"),
        ],
        "rhythm": (
            "Automatic offers between purchases; manager call every quarter",
            "Автоматические предложения между покупками; звонок менеджера раз в квартал",
        ),
        "owner": (
            "Account manager with CRM marketing",
            "Менеджер по работе с клиентами совместно с CRM-маркетингом",
        ),
    },
    "BZ": {
        "title": ("Occasional middle", "Эпизодическая середина"),
        "summary": (
            "Mid-sized spenders who buy now and then, without a visible pattern.",
            "Клиенты среднего размера, покупающие время от времени и без видимой закономерности.",
        ),
        "goal": (
            "Learn what triggers their purchases and catch more of those occasions at low cost.",
            "Понять, что побуждает их к покупке, и с небольшими затратами не упускать такие поводы.",
        ),
        "actions": [
            (
                "Tag purchases by occasion (sale, season, project) to find what triggers them.",
                "Отметить покупки по поводу (распродажа, сезон, проект), чтобы найти, что их запускает.",
            ),
            (
                "Include them in the campaigns that match that occasion.",
                "Включать их в кампании, которые соответствуют этому поводу.",
            ),
            (
                "Run a short survey or one call a year to understand their needs.",
                "Раз в год проводить короткий опрос или звонок, чтобы понять потребности.",
            ),
            (
                "Serve them through fast standard channels rather than a personal manager.",
                "Обслуживать через быстрые стандартные каналы, без персонального менеджера.",
            ),
        ],
        "kpis": [
            ("Purchases per year", "Число покупок за год"),
            ("Campaign response rate", "Отклик на кампании"),
            ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
        ],
        "rhythm": (
            "Messages around their buying occasions; a call once or twice a year",
            "Сообщения к поводам для покупки; звонок один-два раза в год",
        ),
        "owner": (
            "CRM marketing; account manager on request",
            "CRM-маркетинг; менеджер — по запросу клиента",
        ),
    },
    "BN": {
        "title": ("Promising newcomers", "Перспективные новички"),
        "summary": (
            "Mid-sized first purchases; not enough history yet to judge regularity.",
            "Первые покупки среднего размера; истории пока недостаточно, чтобы оценить регулярность.",
        ),
        "goal": (
            "Make the second and third purchase happen and find the future group A among them.",
            "Добиться второй и третьей покупки и найти среди них будущих клиентов группы A.",
        ),
        "actions": [
            (
                "Start a welcome series: how to order, whom to call, what else we offer.",
                "Запустить приветственную серию: как заказывать, к кому обращаться, что ещё мы предлагаем.",
            ),
            (
                "Have a manager call after the first purchase to ask about satisfaction and plans.",
                "Менеджеру позвонить после первой покупки и спросить об удовлетворённости и планах.",
            ),
            (
                "Give a reason to come back: an offer on the next order with an expiry date.",
                "Дать повод вернуться: предложение на следующий заказ с ограниченным сроком.",
            ),
            (
                "Review the segment once more history has accumulated.",
                "Пересмотреть сегмент, когда накопится больше истории.",
            ),
        ],
        "kpis": [
            (
                "Share buying again within 90 days",
                "Доля клиентов с повторной покупкой в течение 90 дней",
            ),
            ("Share moving to group A", "Доля перешедших в группу A"),
            ("Revenue in the first 6 months", "Выручка за первые 6 месяцев"),
        ],
        "rhythm": (
            "Welcome series over 30 days, manager call after the first purchase",
            "Приветственная серия в течение 30 дней, звонок менеджера после первой покупки",
        ),
        "owner": (
            "Account manager, then CRM automation",
            "Менеджер по работе с клиентами, затем CRM-автоматизация",
        ),
    },
    "CX": {
        "title": ("Small regulars", "Небольшие постоянные"),
        "summary": (
            "Small amounts bought regularly: a stable base that costs little to serve.",
            "Небольшие суммы, но регулярно: стабильная база, недорогая в обслуживании.",
        ),
        "goal": (
            "Keep them with convenient self-service and gradually raise their basket.",
            "Удержать удобным самообслуживанием и постепенно увеличивать корзину.",
        ),
        "actions": [
            (
                "Offer a subscription or automatic repeat orders.",
                "Предложить подписку или автоматический повтор заказа.",
            ),
            (
                "Recommend add-ons at checkout based on their usual basket.",
                "Рекомендовать дополнительные товары при оформлении заказа на основе привычной корзины.",
            ),
            (
                "Make ordering fast: saved baskets, online account, one-click reorder.",
                "Сделать заказ быстрым: сохранённые корзины, личный кабинет, повтор заказа в один клик.",
            ),
            (
                "Thank them for loyalty with small automatic rewards.",
                "Благодарить за постоянство небольшими автоматическими бонусами.",
            ),
        ],
        "kpis": [
            ("Average basket size", "Средний размер корзины"),
            ("Retention after 12 months", "Удержание через 12 месяцев"),
            ("Cost to serve per order", "Затраты на обслуживание одного заказа"),
        ],
        "rhythm": (
            "Automatic reminders in step with their purchases; monthly newsletter",
            "Автоматические напоминания в ритме их покупок; ежемесячная рассылка",
        ),
        "owner": ("CRM automation", "CRM-автоматизация"),
    },
    "CY": {
        "title": ("Small, with swings", "Небольшие с колебаниями"),
        "summary": (
            "Small customers with uneven purchases.",
            "Небольшие клиенты с неравномерными покупками.",
        ),
        "goal": (
            "Serve them well at low cost and encourage steadier buying.",
            "Качественно и недорого обслуживать и поощрять более регулярные покупки.",
        ),
        "actions": [
            (
                "Include them in regular newsletters and seasonal campaigns.",
                "Включать в регулярные рассылки и сезонные кампании.",
            ),
            (
                "Send an automatic win-back offer when the gap since the last purchase grows.",
                "Отправлять автоматическое предложение вернуться, когда пауза после покупки затягивается.",
            ),
            (
                "Route questions to fast standard channels: chat, e-mail, online account.",
                "Направлять вопросы в быстрые стандартные каналы: чат, почту, личный кабинет.",
            ),
        ],
        "kpis": [
            ("Share of periods with a purchase", "Доля периодов с покупками"),
            ("Share returning after a pause", "Доля вернувшихся после паузы"),
            ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
        ],
        "rhythm": (
            "Monthly newsletter, seasonal campaigns, automatic win-back",
            "Ежемесячная рассылка, сезонные кампании, автоматическое возвращение",
        ),
        "owner": ("CRM automation", "CRM-автоматизация"),
    },
    "CZ": {
        "title": ("Small and occasional", "Небольшие и эпизодические"),
        "summary": (
            "Occasional small purchases: the long tail of the customer base.",
            "Редкие небольшие покупки: «длинный хвост» клиентской базы.",
        ),
        "goal": (
            "Serve them politely, quickly and cheaply, and spot the ones who could grow.",
            "Обслуживать вежливо, быстро и недорого и замечать тех, кто может вырасти.",
        ),
        "actions": [
            (
                "Keep service standard and automated, without personal manager time.",
                "Поддерживать стандартное автоматизированное обслуживание без затрат времени менеджеров.",
            ),
            (
                "Reach them through low-cost channels: mass mailings, website, marketplaces.",
                "Работать через недорогие каналы: массовые рассылки, сайт, маркетплейсы.",
            ),
            (
                "Flag any customer with a suddenly large order and pass them to an account manager.",
                "Отмечать клиентов с внезапно крупным заказом и передавать их менеджеру.",
            ),
            (
                "Do not drop them: a small buyer today may become a key customer tomorrow.",
                "Не отказываться от них: сегодняшний небольшой покупатель завтра может стать ключевым.",
            ),
        ],
        "kpis": [
            ("Cost to serve per customer", "Затраты на обслуживание одного клиента"),
            ("Share moving to group B or A", "Доля перешедших в группы B или A"),
            ("Share of contacts that are complaints", "Доля обращений с жалобами"),
        ],
        "rhythm": (
            "Mass campaigns a few times a year; service on request",
            "Массовые кампании несколько раз в год; обслуживание по запросу",
        ),
        "owner": (
            "CRM automation and self-service",
            "CRM-автоматизация и самообслуживание",
        ),
    },
    "CN": {
        "title": ("New small buyers", "Новые небольшие покупатели"),
        "summary": (
            "First small purchases; too little history to judge.",
            "Первые небольшие покупки; истории слишком мало для выводов.",
        ),
        "goal": (
            "Onboard them at low cost and see who comes back.",
            "Недорого провести адаптацию и посмотреть, кто вернётся.",
        ),
        "actions": [
            (
                "Run an automatic welcome series with the most useful information.",
                "Запустить автоматическую приветственную серию с самой полезной информацией.",
            ),
            (
                "Offer a small incentive for the second purchase.",
                "Предложить небольшой стимул для второй покупки.",
            ),
            (
                "Ask for a rating of the first order.",
                "Попросить оценить первый заказ.",
            ),
            (
                "Review the segment once more history is available.",
                "Пересмотреть сегмент, когда появится больше истории.",
            ),
        ],
        "kpis": [
            ("Share buying a second time", "Доля клиентов со второй покупкой"),
            (
                "Onboarding cost per customer",
                "Затраты на адаптацию одного клиента",
            ),
        ],
        "rhythm": (
            "Automatic welcome series over the first 30 days",
            "Автоматическая приветственная серия в первые 30 дней",
        ),
        "owner": ("CRM automation", "CRM-автоматизация"),
    },
    "I": {
        "title": ("Entry flow", "Входящий поток"),
        "summary": (
            "Low loyalty, low profit: newcomers and casual buyers.",
            "Низкая лояльность и низкая прибыльность: новички и случайные покупатели.",
        ),
        "goal": (
            "Serve them evenly well without overspending and grow the flow: a casual buyer "
            "today can be a regular tomorrow.",
            "Ровно и качественно обслуживать без лишних затрат и наращивать поток: сегодняшний "
            "случайный покупатель завтра может стать постоянным.",
        ),
        "actions": [
            (
                "Keep one consistent standard of service for everyone in this group.",
                "Поддерживать единый стандарт обслуживания для всех в этой группе.",
            ),
            (
                "Inform widely: newsletters, website, social media, materials at points of sale.",
                "Широко информировать: рассылки, сайт, соцсети, материалы в точках продаж.",
            ),
            (
                "Run promotions that bring people back for a second purchase.",
                "Проводить акции, которые приводят к повторной покупке.",
            ),
            (
                "Settle conflicts quickly by standard rules rather than at any cost, even if "
                "the relationship ends.",
                "Решать конфликты быстро, по стандартным правилам, а не любой ценой — даже если "
                "отношения прекратятся.",
            ),
        ],
        "kpis": [
            ("New customers per period", "Число новых клиентов за период"),
            ("Share making a repeat purchase", "Доля совершивших повторную покупку"),
            ("Marketing cost per customer", "Маркетинговые затраты на клиента"),
        ],
        "rhythm": (
            "Mass campaigns every month; service on request",
            "Массовые кампании ежемесячно; обслуживание по запросу",
        ),
        "owner": (
            "Marketing (mass channels and promotions)",
            "Маркетинг (массовые каналы и акции)",
        ),
    },
    "II": {
        "title": ("Stars in reserve", "Звёзды в резерве"),
        "summary": (
            "High loyalty, low profit: they come back often but spend little so far.",
            "Высокая лояльность при низкой прибыльности: возвращаются часто, но пока тратят мало.",
        ),
        "goal": (
            "Raise purchase frequency and basket so that they grow into core customers.",
            "Увеличить частоту и размер покупок, чтобы они выросли в ядро.",
        ),
        "actions": [
            (
                "Give regular reasons to return: news, personal offers, loyalty-programme events.",
                "Регулярно давать повод вернуться: новости, персональные предложения, события "
                "программы лояльности.",
            ),
            (
                "Offer bundles and higher tiers to raise the basket.",
                "Предлагать комплекты и более высокие уровни программы, чтобы увеличить корзину.",
            ),
            (
                "Ask for recommendations and reward customers they bring.",
                "Просить рекомендации и поощрять за приведённых клиентов.",
            ),
            (
                "Show that loyalty is valued: status, early access, small gifts.",
                "Показывать, что лояльность ценится: статус, ранний доступ, небольшие подарки.",
            ),
        ],
        "kpis": [
            ("Average check", "Средний чек"),
            ("Purchase frequency", "Частота покупок"),
            ("Recommendations per customer", "Число рекомендаций на клиента"),
            ("Share moving to quadrant III", "Доля перешедших в квадрант III"),
        ],
        "rhythm": (
            "A reason to return every 2–4 weeks",
            "Повод вернуться каждые 2–4 недели",
        ),
        "owner": (
            "CRM and loyalty-programme team",
            "Команда CRM и программы лояльности",
        ),
    },
    "III": {
        "title": ("The core", "Ядро"),
        "summary": (
            "High loyalty, high profit: the customers the business rests on.",
            "Высокая лояльность и высокая прибыльность: клиенты, на которых держится бизнес.",
        ),
        "goal": (
            "Keep them first in line for resources and build a partnership that pays off for both sides.",
            "Держать их первыми в очереди за ресурсами и строить партнёрство, выгодное обеим сторонам.",
        ),
        "actions": [
            (
                "Provide the best level of service and a personal contact person.",
                "Обеспечить лучший уровень сервиса и персональное контактное лицо.",
            ),
            (
                "Study their needs in depth: visits, interviews, joint planning.",
                "Глубоко изучать их потребности: визиты, интервью, совместное планирование.",
            ),
            (
                "Offer exclusive terms in the loyalty programme.",
                "Предлагать эксклюзивные условия в программе лояльности.",
            ),
            (
                "Prepare pleasant surprises for dates that matter to them.",
                "Готовить приятные сюрпризы к значимым для них датам.",
            ),
            (
                "Track satisfaction and handle every complaint personally.",
                "Отслеживать удовлетворённость и лично разбирать каждую жалобу.",
            ),
        ],
        "kpis": [
            ("Retention after 12 months", "Удержание через 12 месяцев"),
            ("Share of total revenue", "Доля в общей выручке"),
            (
                "Satisfaction score (for example NPS)",
                "Индекс удовлетворённости (например, NPS)",
            ),
        ],
        "rhythm": (
            "Personal contact every month; review twice a year; attention on dates that matter",
            "Личный контакт ежемесячно; встреча по итогам полугодия; внимание к значимым датам",
        ),
        "owner": (
            "Key-account manager, with senior management",
            "Менеджер по ключевым клиентам при участии руководства",
        ),
    },
    "IV": {
        "title": ("Valuable but uncommitted", "Ценные, но не преданные"),
        "summary": (
            "Low loyalty, high profit: big spenders who buy rarely or also buy elsewhere.",
            "Низкая лояльность при высокой прибыльности: крупные покупатели, которые "
            "покупают редко или также у других.",
        ),
        "goal": (
            "Find out why they are not loyal, remove the reasons and make their purchases regular.",
            "Выяснить причины низкой лояльности, устранить их и сделать покупки регулярными.",
        ),
        "actions": [
            (
                "Call personally to ask what they miss and what competitors offer them.",
                "Лично позвонить и выяснить, чего им не хватает и что предлагают конкуренты.",
            ),
            (
                "Fix the weaknesses they name: price, delivery, range, service.",
                "Устранить названные слабые места: цена, доставка, ассортимент, сервис.",
            ),
            (
                "Tell them about better terms and new offers that matter to them.",
                "Рассказать о лучших условиях и новых предложениях, которые для них важны.",
            ),
            (
                "Propose a schedule or contract that makes purchases regular.",
                "Предложить график или договор, благодаря которому покупки станут регулярными.",
            ),
            (
                "Watch the days since their last purchase and act when the gap grows.",
                "Следить за сроком с последней покупки и действовать, когда пауза растёт.",
            ),
        ],
        "kpis": [
            ("Share of periods with a purchase", "Доля периодов с покупками"),
            ("Share moving to quadrant III", "Доля перешедших в квадрант III"),
            ("Days since last purchase", "Дней с последней покупки"),
        ],
        "rhythm": (
            "Personal call now, then a monthly contact until purchases become regular",
            "Личный звонок сейчас, затем ежемесячный контакт, пока покупки не станут регулярными",
        ),
        "owner": (
            "Account manager with the customer-experience team",
            "Менеджер по работе с клиентами совместно с командой клиентского опыта",
        ),
    },
}

_OTHER: dict[str, _Pair] = {
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


def _flatten() -> dict[str, dict[str, str]]:
    """Give the catalogue as ``{key: {"en": ..., "ru": ...}}``."""
    messages: dict[str, dict[str, str]] = {}
    for code, card in _CARDS.items():
        for field, value in card.items():
            if isinstance(value, list):
                for number, (en, ru) in enumerate(value, start=1):
                    messages[f"playbook.{code}.{field}.{number}"] = {"en": en, "ru": ru}
            else:
                en, ru = value
                messages[f"playbook.{code}.{field}"] = {"en": en, "ru": ru}
    for key, (en, ru) in _OTHER.items():
        messages[key] = {"en": en, "ru": ru}
    return messages


MESSAGES = _flatten()
