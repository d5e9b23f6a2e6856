from django.db import migrations

# The entries the seed added after 0010, by English term: ideas of the movements the network
# allies with (the strategic plan's third axis).
ENTRIES_ADDED_AFTER_0010 = ["just transition", "buen vivir", "degrowth", "mutual aid"]
# The definitions the seed gave after 0010 to entries databases hold without one (a page
# explains only the terms that have one), by English term, as written then.
DEFINED_AFTER_0010 = {
    'gender equality': (
        "Equal rights, resources and voice for women and men, in the economy and in decisions."
    ),
    'indigenous peoples': (
        "Peoples descended from a territory's inhabitants before colonisation, with their own "
        "institutions and cultures, whose rights are recognised by the UN Declaration on the "
        "Rights of Indigenous Peoples (2007) and, where ratified, ILO Convention 169."
    ),
    'food security': (
        "Everyone having, at all times, enough safe and nutritious food; food sovereignty adds "
        "people's right to decide how it is produced."
    ),
    'food council': (
        "A body where a city's or region's farmers, eaters, businesses and officials shape food "
        "policy together."
    ),
    'school canteens': (
        "Meals served at school; public buying for them can favour local farmers and their "
        "cooperatives."
    ),
    'seed bank': (
        "A collection of seed varieties kept for sowing; a community seed bank is one that "
        "farmers keep, share and multiply together."
    ),
    'organic farming': (
        "Farming without synthetic pesticides or fertilisers, often certified by a certifier or "
        "by a participatory guarantee among producers and consumers."
    ),
    'climate change': (
        "The warming of the planet by the greenhouse gases human activity emits, and the floods, "
        "droughts and storms it brings."
    ),
    'climate justice': (
        "The demand that those least responsible for climate change and most hurt by it shape, "
        "and benefit from, the response to it."
    ),
    'renewable energy': (
        "Energy from the sun, wind, water or biomass; sometimes produced by energy cooperatives "
        "that their users own."
    ),
    'circular economy': (
        "An economy that keeps materials in use by repair, reuse and recycling instead of "
        "throwing them away."
    ),
    'sustainable development goals': (
        "The 17 goals for 2030 that the United Nations adopted in 2015 (the 2030 Agenda), from "
        "ending poverty to climate action."
    ),
    'united nations': (
        "The intergovernmental organisation of 193 states; its General Assembly recognised the "
        "social and solidarity economy in a 2023 resolution."
    ),
    'international labour organization': (
        "The United Nations agency for the world of work, where governments, employers and "
        "workers decide together; its yearly International Labour Conference adopts labour "
        "standards, and in 2022 a resolution on decent work and the SSE."
    ),
    'tax incentives': (
        "Lower taxes granted to encourage an activity, such as reduced rates for cooperatives or "
        "for profits kept in reserves."
    ),
    'land rights': (
        "The rights of people and communities to use, control and hand down land, including "
        "customary and collective tenure."
    ),
    'tourism': (
        "Travel and its services; community tourism is run by the local community, which keeps "
        "its income and decides how visitors are received."
    ),
    'digital platform': (
        "An app or website matching workers and customers; a platform cooperative is one that "
        "its workers or users own and govern."
    ),
    'business incubator': (
        "A programme that hosts and coaches new enterprises in their first years."
    ),
    'peer exchange': (
        "Learning between networks: one network's members visit another, or host it, to see its "
        "practice at first hand."
    ),
    'rural development': (
        "Improving livelihoods and services in the countryside, often through farmers' "
        "organisations and cooperatives."
    ),
    'local development': (
        "Development led by a territory's own people, enterprises and local government, building "
        "on its resources."
    ),
    'legal status': (
        "The form a law gives an organisation (cooperative, association, mutual, company), with "
        "its rules on ownership, profits and decisions."
    ),
    'governance': (
        "How an organisation or a policy takes its decisions, and who takes part in them."
    ),
    'general assembly': (
        "In a cooperative, mutual or association: the meeting of all the members, usually "
        "yearly, that approves the accounts and elects the board."
    ),
    'public-private partnership': (
        "A long-term contract in which a private partner builds, finances or runs a public "
        "service."
    ),
    'procurement officers': (
        "The public employees who buy goods, works and services for a government."
    ),
    'social inclusion': (
        "Bringing people excluded by poverty, disability or discrimination into work and "
        "community life."
    ),
    'work integration enterprise': (
        "An enterprise that employs people far from the job market and trains them for regular "
        "work."
    ),
    'social innovation': (
        "New answers to social needs, often invented by communities and SSE organisations."
    ),
    'international cooperation': (
        "Partnership and aid between countries and their organisations, including exchanges "
        "between SSE networks."
    ),
    'shea butter': (
        "A fat made from the nuts of the shea tree, gathered and traditionally processed by "
        "women across the Sahel, many of them in groups and cooperatives."
    ),
}


def add_definitions_and_movements(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_definitions, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    locale_model = apps.get_model("wagtailcore", "Locale")
    # Only these: an entry an editor deleted is not made again.
    load_glossary(term_model, locale_model, only=ENTRIES_ADDED_AFTER_0010)
    # No definition an editor wrote is replaced.
    add_definitions(term_model, DEFINED_AFTER_0010)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


def remove_definitions_and_movements(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import remove_definitions, remove_entries

    term_model = apps.get_model("glossary", "GlossaryTerm")
    remove_entries(term_model, ENTRIES_ADDED_AFTER_0010)
    remove_definitions(term_model, DEFINED_AFTER_0010)
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0010_seed_international_arenas")]

    operations = [
        migrations.RunPython(add_definitions_and_movements, remove_definitions_and_movements)
    ]
