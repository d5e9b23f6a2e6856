"""The demo's stories: fictional organisations and people doing real kinds of SSE work.

Places are real towns and regions; the organisations, people, quotes and figures are invented,
and the home page says so.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class StoryContent:
    slug: str
    title: str
    summary: str
    country: str
    locality: str
    organisation: str
    date: datetime.date
    work_axis: str
    themes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    introduction: str
    sections: tuple[tuple[str, str], ...]  # (heading, paragraph)
    quote: tuple[str, str, str]  # words, who, role
    figures: tuple[tuple[str, str], ...]  # (value, what it counts)
    hero: tuple[str, str]  # (scene, palette) of the generated illustration
    figure: tuple[str, str] | None = None  # a second illustration inside the story
    toolkits: tuple[str, ...] = ()  # slugs of related toolkits; the first is linked in the body
    toolkit_note: str = ""

    @property
    def caption(self):
        """The caption of the illustration inside the story, when it has one."""
        return f"Where {self.organisation} works: {self.locality}."


def day(text):
    return datetime.date.fromisoformat(text)


STORIES = (
    StoryContent(
        slug="montevideo-recycling-cooperative-contract",
        title="Paid for the service, not just the scrap: Montevideo's recyclers sign a contract",
        summary="A cooperative of former informal waste pickers now collects sorted waste in "
        "four neighbourhoods under a municipal service contract, with a monthly fee, "
        "protective equipment and a covered sorting hall.",
        country="UY",
        locality="Montevideo",
        organisation="Reciclar Juntos recycling cooperative",
        date=day("2021-03-18"),
        work_axis="public-policy",
        themes=("environment", "local-development"),
        sectors=("social-protection",),
        target_groups=("informal-workers",),
        introduction="For years the members of Reciclar Juntos pulled carts through the streets "
        "before dawn and sold what they found to middlemen at whatever price was offered. Their "
        "work kept tonnes of cardboard and plastic out of the landfill, but nobody paid them "
        "for that.",
        sections=(
            (
                "Three years of negotiation",
                "The cooperative, backed by the national recyclers' network, asked the city to "
                "treat separate collection as a public service. After a pilot in one "
                "neighbourhood and a study of the savings on landfill costs, the city signed a "
                "contract that pays a monthly fee per household served.",
            ),
            (
                "What changed for the members",
                "Members now work daytime shifts, wear protective gear and have health "
                "insurance through their contributions. Income from selling materials still "
                "goes to the cooperative, which has started to buy a small baling press with "
                "its first savings.",
            ),
        ),
        quote=(
            "We were always doing a public job. Now the city says so in writing, and pays for it.",
            "Graciela",
            "president of Reciclar Juntos",
        ),
        figures=(
            ("48", "members, 31 of them women"),
            ("4", "neighbourhoods served under contract"),
            ("620 t", "of materials recovered in the first year"),
        ),
        hero=("town", "dawn"),
        figure=("hills", "noon"),
        toolkits=("recycling-cooperative-contract-template", "climate-justice-sse-campaign"),
        toolkit_note="The contract the cooperative signed, as an editable template.",
    ),
    StoryContent(
        slug="durban-street-traders-bylaw",
        title="Street traders help rewrite Durban's informal trading by-law",
        summary="A cooperative of street traders won a seat on the committee revising the "
        "city's informal trading rules, and replaced confiscations with a permit system they "
        "helped design.",
        country="ZA",
        locality="eThekwini (Durban)",
        organisation="Berea Road Traders' Cooperative",
        date=day("2022-08-09"),
        work_axis="public-policy",
        themes=("policy-co-construction", "local-development"),
        sectors=("social-protection",),
        target_groups=("informal-workers", "women", "migrants"),
        introduction="Traders selling fruit, herbs and cooked food near the taxi rank used to "
        "lose their stock in police raids several times a year. Many are women, and a good "
        "number came from neighbouring countries. In 2019 they formed a cooperative to buy "
        "stock together and to speak with one voice.",
        sections=(
            (
                "A seat at the table",
                "When the municipality announced a review of its trading by-law, the "
                "cooperative asked to take part and brought maps of every stall, drawn by the "
                "traders themselves. The revised by-law creates permits that can be renewed "
                "online and bans the confiscation of perishable goods.",
            ),
            (
                "Beyond the by-law",
                "The cooperative now runs a small savings scheme and a burial society for its "
                "members, and negotiates with the city for shelters and running water at the "
                "market. Its next goal is recognition of traders' organisations in the "
                "provincial economic development plan.",
            ),
        ),
        quote=(
            "They used to count us as a problem. Our map showed them four hundred small "
            "businesses that feed the whole station.",
            "Nomvula",
            "treasurer of the traders' cooperative",
        ),
        figures=(
            ("412", "stalls mapped by the traders"),
            ("0", "confiscations since the new by-law took effect"),
            ("70%", "of members are women"),
        ),
        hero=("town", "autumn"),
        toolkits=("informal-workers-social-protection-brief", "trade-unions-and-sse"),
        toolkit_note="How mutuals can bring informal workers into social protection.",
    ),
    StoryContent(
        slug="sherbrooke-social-procurement",
        title="A Quebec city learns to buy from the social economy",
        summary="After a training course for its purchasing officers, a mid-sized Quebec city "
        "split its catering and cleaning contracts into smaller lots, and social economy "
        "enterprises won a third of them.",
        country="CA",
        locality="Sherbrooke, Quebec",
        organisation="Estrie Social Economy Hub",
        date=day("2023-05-22"),
        work_axis="public-policy",
        themes=("local-development", "policy-co-construction"),
        target_groups=("youth",),
        introduction="The regional social economy hub had long complained that city tenders "
        "were written for large companies. Instead of another letter, it offered the city's "
        "purchasing office a one-day course built around the city's own tender documents.",
        sections=(
            (
                "Rewriting the tenders",
                "Purchasing officers found that most of what they feared was forbidden was in "
                "fact allowed: smaller lots, a social value criterion and meetings with "
                "suppliers before a call for tenders. The next catering tender was split into "
                "six lots.",
            ),
            (
                "The first results",
                "A work-integration enterprise that trains young people in cooking now supplies "
                "two day-care centres, and a cleaning cooperative won the contract for the "
                "public libraries. The city has since written social value into its "
                "purchasing policy.",
            ),
        ),
        quote=(
            "We did not need new rules. We needed to read the ones we had with people who "
            "knew the social economy.",
            "Luc",
            "purchasing officer",
        ),
        figures=(
            ("6", "lots instead of one catering contract"),
            ("34%", "of the lots won by social economy enterprises"),
            ("22", "young trainees employed on the contracts"),
        ),
        hero=("town", "rain"),
        figure=("fields", "autumn"),
        toolkits=("social-procurement-training", "local-sse-council-bylaws"),
        toolkit_note="The course the purchasing officers followed, with its exercises.",
    ),
    StoryContent(
        slug="bogota-school-meals-cooperatives",
        title="Peasant cooperatives on the menu of Bogotá's school canteens",
        summary="A reserved lot in the school meals programme lets farmers' cooperatives from "
        "the savanna around Bogotá deliver fruit, vegetables and dairy to public schools.",
        country="CO",
        locality="Bogotá",
        organisation="Sabores de la Sabana farmers' cooperative",
        date=day("2024-02-14"),
        work_axis="public-policy",
        themes=("local-development", "sdgs"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        introduction="Small farmers two hours from the capital struggled to sell at a fair "
        "price, while the city's schools bought vegetables from large wholesalers. Twelve "
        "producer associations formed a second-level cooperative to change that.",
        sections=(
            (
                "A lot of their own",
                "The cooperative and the city's education office worked out a reserved lot for "
                "family farming organisations in the school meals tender, with delivery "
                "schedules that farmers could meet and payment within thirty days.",
            ),
            (
                "Children who know where food comes from",
                "Each school that buys from the cooperative receives a visit from a farmer "
                "during the year. Pupils have planted school gardens with seeds from the "
                "cooperative, and some families now buy baskets directly.",
            ),
        ),
        quote=(
            "Payment in thirty days changed everything. Before, we could not wait three months "
            "for the money.",
            "Rosa Elena",
            "dairy producer and board member",
        ),
        figures=(
            ("12", "producer associations in the cooperative"),
            ("86", "public schools supplied"),
            ("30 days", "maximum payment delay in the contract"),
        ),
        hero=("fields", "highland"),
        figure=("terraces", "tropic"),
        toolkits=("reserved-procurement-brief", "fair-trade-school-canteens-campaign"),
        toolkit_note="The legal options behind reserved public contracts.",
    ),
    StoryContent(
        slug="rosario-municipal-sse-council",
        title="Rosario's SSE council turns ten",
        summary="A council of cooperatives, recovered factories and the city hall has met every "
        "month for ten years. It survived three mayors by being written into municipal law.",
        country="AR",
        locality="Rosario, Santa Fe",
        organisation="Consejo Solidario del Litoral",
        date=day("2022-11-03"),
        work_axis="public-policy",
        themes=("policy-co-construction", "transformative-economies"),
        introduction="The council began as a round table after a wave of factory closures, "
        "when workers in several firms formed cooperatives to keep their jobs. Ten years on it "
        "brings together forty organisations and four municipal departments.",
        sections=(
            (
                "Written into law",
                "The council's founding members insisted on an ordinance rather than a decree. "
                "The ordinance sets a monthly meeting, a budget line for SSE programmes and the "
                "council's right to give an opinion on the city's economic plan.",
            ),
            (
                "What the council achieved",
                "A municipal fair for cooperative products, a fund for recovered enterprises to "
                "repair machinery, and a purchasing programme that buys school uniforms from "
                "textile cooperatives are among its results.",
            ),
        ),
        quote=(
            "Mayors come and go. The ordinance stays, and so does the council.",
            "Héctor",
            "member of a recovered metalworks cooperative",
        ),
        figures=(
            ("120", "monthly meetings held"),
            ("40", "member organisations"),
            ("3", "mayors the council has worked with"),
        ),
        hero=("town", "dusk"),
        toolkits=("municipal-sse-council-guide", "worker-buyouts-legal-pathways"),
        toolkit_note="The step-by-step guide the council helped write.",
    ),
    StoryContent(
        slug="seoul-district-social-economy-council",
        title="A district council of social enterprises in northern Seoul",
        summary="Social enterprises, cooperatives and the district office of a northern Seoul "
        "district co-write a five-year social economy plan, with a budget that the council "
        "reviews each year.",
        country="KR",
        locality="Seoul",
        organisation="Bukbu Social Economy Council",
        date=day("2019-10-15"),
        work_axis="public-policy",
        themes=("policy-co-construction", "local-development"),
        target_groups=("youth",),
        introduction="The district has one of the densest networks of social enterprises in "
        "the city: care cooperatives, a youth-run café chain, repair workshops and a housing "
        "cooperative for students. In 2018 they formed a council to deal with the district "
        "office as one.",
        sections=(
            (
                "A plan written together",
                "Over six months, working groups of council members and district officials "
                "wrote a five-year plan: premises for new cooperatives, social procurement "
                "targets, and training for young people who want to start a social enterprise.",
            ),
            (
                "Checking the budget",
                "Each autumn the district presents the plan's budget to the council before "
                "sending it to the district assembly. The council's opinion is published, and "
                "twice it has obtained changes to the draft.",
            ),
        ),
        quote=(
            "We stopped asking for favours. We now discuss a plan that we wrote with them.",
            "Ji-woo",
            "coordinator of a care cooperative",
        ),
        figures=(
            ("93", "social economy organisations in the council"),
            ("5", "years covered by the joint plan"),
            ("2", "budget changes obtained by the council"),
        ),
        hero=("town", "night"),
        toolkits=("local-sse-council-bylaws", "municipal-sse-council-guide"),
        toolkit_note="The council's bylaws, adapted as a template for other districts.",
    ),
    StoryContent(
        slug="pamplona-work-integration-enterprises",
        title="Reserved contracts give work-integration enterprises a future in Navarre",
        summary="Work-integration enterprises that hire people long excluded from employment "
        "now have a guaranteed share of regional cleaning and gardening contracts.",
        country="ES",
        locality="Pamplona, Navarre",
        organisation="Inserta Navarra association of work-integration enterprises",
        date=day("2020-06-30"),
        work_axis="public-policy",
        themes=("local-development",),
        target_groups=("migrants", "youth"),
        introduction="The region's work-integration enterprises employ people coming out of "
        "long unemployment, prison or recent migration, for two to three years, before they "
        "move to other jobs. Their problem was unstable income from one-off contracts.",
        sections=(
            (
                "A share reserved by law",
                "The association documented what each job cost the public purse in benefits "
                "and what it returned in taxes and contributions. The regional parliament then "
                "reserved a share of cleaning, gardening and catering contracts for "
                "work-integration enterprises and sheltered workshops.",
            ),
            (
                "Stable contracts, better pathways",
                "With multi-year contracts, enterprises can plan training and accompany each "
                "worker to a job in the ordinary market. Over half of those who leave now find "
                "work within six months.",
            ),
        ),
        quote=(
            "A three-year contract means we can train someone properly instead of running "
            "from one job to the next.",
            "Ainhoa",
            "manager of a gardening work-integration enterprise",
        ),
        figures=(
            ("6%", "of regional contracts reserved"),
            ("540", "people employed in work-integration enterprises"),
            ("57%", "find a job within six months of leaving"),
        ),
        hero=("hills", "autumn"),
        figure=("fields", "noon"),
        toolkits=("reserved-procurement-brief", "cooperatives-with-migrants-guide"),
        toolkit_note="How governments can reserve public contracts for the SSE.",
    ),
    StoryContent(
        slug="liege-ethical-finance-guarantee",
        title="A regional guarantee fund lets an ethical finance cooperative lend more",
        summary="A regional government's guarantee now covers half the risk on loans made by "
        "a Liège ethical finance cooperative to social enterprises, doubling what it can lend.",
        country="BE",
        locality="Liège, Wallonia",
        organisation="Meuse Solidaire ethical finance cooperative",
        date=day("2021-09-27"),
        work_axis="public-policy",
        themes=("transformative-economies",),
        sectors=("ethical-finance",),
        introduction="Meuse Solidaire collects savings from about four thousand cooperative "
        "members and lends them to social enterprises that banks turn down. Every loan had to "
        "be backed by its own reserves, which limited the number of projects it could finance.",
        sections=(
            (
                "Making the case",
                "The cooperative opened its books to regional officials: ten years of loans, "
                "default rates lower than those of bank loans to small businesses, and the "
                "jobs created. The region agreed to a guarantee covering half the risk.",
            ),
            (
                "What the guarantee made possible",
                "In its first two years, the guarantee let the cooperative finance a bicycle "
                "repair workshop, a cooperative grocery and a housing project for older people. "
                "The cooperative now asks for the scheme to be extended to other lenders.",
            ),
        ),
        quote=(
            "Our members' savings were there. What we lacked was a way to share the risk.",
            "Martine",
            "credit officer",
        ),
        figures=(
            ("4,100", "cooperative members who save with it"),
            ("2.1%", "default rate over ten years"),
            ("2x", "lending capacity since the guarantee"),
        ),
        hero=("town", "rain"),
        toolkits=("public-guarantees-ethical-finance", "citizen-shareholding-guide"),
        toolkit_note="Three models of public guarantee funds, compared.",
    ),
    StoryContent(
        slug="bafoussam-regional-sse-platform",
        title="From a framework law to a regional SSE platform in western Cameroon",
        summary="SSE organisations in the West region set up a regional platform to make the "
        "national framework law work locally: registration, training and a dialogue with "
        "councils.",
        country="CM",
        locality="Bafoussam, West region",
        organisation="West Region SSE Platform",
        date=day("2023-01-24"),
        work_axis="public-policy",
        themes=("policy-co-construction", "local-development"),
        sectors=("food-sovereignty",),
        target_groups=("women", "youth"),
        introduction="A national framework law on the social economy had been adopted, but few "
        "groups in the West region knew what it meant for them. Farmers' common initiative "
        "groups, women's associations and youth cooperatives decided to organise.",
        sections=(
            (
                "Explaining the law village by village",
                "The platform trained thirty volunteers who explained the law in local "
                "languages at market days, and helped groups register under it. Registered "
                "groups can now apply for council support and public contracts.",
            ),
            (
                "A dialogue with councils",
                "Four municipal councils have signed agreements with the platform: a yearly "
                "meeting, a contact person in each council and a share of the local "
                "development budget for SSE projects.",
            ),
        ),
        quote=(
            "A law in the capital is only paper. We brought it to the market square.",
            "Clarisse",
            "coordinator of the platform",
        ),
        figures=(
            ("30", "volunteer trainers"),
            ("215", "groups registered under the law"),
            ("4", "councils with a signed agreement"),
        ),
        hero=("hills", "tropic"),
        figure=("fields", "rain"),
        toolkits=("sse-framework-law-model", "african-sse-advocacy-agenda"),
        toolkit_note="An annotated model of a national SSE framework law.",
    ),
    StoryContent(
        slug="thies-womens-savings-groups-mutual",
        title="Thiès savings groups take their proposals to the continental forum",
        summary="Women's savings groups federated into a mutual, then brought their proposal on "
        "credit without land collateral to a continental SSE forum.",
        country="SN",
        locality="Thiès",
        organisation="Union des groupements Jappo",
        date=day("2022-04-12"),
        work_axis="international-advocacy",
        themes=("sdgs",),
        sectors=("ethical-finance", "social-protection"),
        target_groups=("women", "informal-workers"),
        introduction="Around Thiès, dozens of women's groups meet every week to save, lend to "
        "one another and support members in hard times. Most members trade in markets or "
        "process food; few have land titles to offer a bank as collateral.",
        sections=(
            (
                "From groups to a mutual",
                "Sixty groups formed a union, then a savings and credit mutual licensed by the "
                "regulator. The mutual lends on the guarantee of the group rather than on land, "
                "and has kept repayment above ninety-five per cent.",
            ),
            (
                "A proposal for the whole continent",
                "With the national SSE network, the union wrote a proposal: recognise group "
                "guarantees in banking rules across the region. Two members presented it at "
                "the continental SSE forum, and it entered the continental advocacy agenda.",
            ),
        ),
        quote=(
            "Our guarantee is our group. We asked the forum to write that into the rules.",
            "Aminata",
            "president of the union",
        ),
        figures=(
            ("60", "savings groups in the union"),
            ("1,850", "members"),
            ("96%", "repayment rate"),
        ),
        hero=("fields", "desert"),
        figure=("weave", "desert"),
        toolkits=("womens-savings-groups-manual", "african-sse-advocacy-agenda"),
        toolkit_note="The trainer's manual the union uses with new groups.",
    ),
    StoryContent(
        slug="quezon-city-informal-workers-mutual",
        title="A mutual for informal workers shapes a regional social protection dialogue",
        summary="A mutual benefit association of street vendors and tricycle drivers enrolled "
        "its members in national health insurance, and shared the method at a regional "
        "dialogue.",
        country="PH",
        locality="Quezon City, Metro Manila",
        organisation="Kapit-Bisig Mutual Benefit Association",
        date=day("2024-06-05"),
        work_axis="international-advocacy",
        themes=("sdgs",),
        sectors=("social-protection",),
        target_groups=("informal-workers", "women"),
        introduction="Street vendors, tricycle drivers and home-based workers in the city "
        "earn daily and irregularly. Monthly insurance contributions were out of reach, and "
        "a hospital stay could wipe out a family's savings.",
        sections=(
            (
                "Small, frequent contributions",
                "The mutual collects small contributions at the members' workplaces and pays "
                "the national health insurance on their behalf. A local government subsidy "
                "covers part of the contribution for the lowest incomes.",
            ),
            (
                "Taking the method abroad",
                "At a regional dialogue on social protection, the mutual's delegates explained "
                "their method to officials from five countries. Enrolment through member-based "
                "organisations became one of the dialogue's joint recommendations.",
            ),
        ),
        quote=(
            "A vendor can pay twenty pesos a day. Nobody can pay six hundred at the end of the "
            "month.",
            "Maricel",
            "vendor and board member of the mutual",
        ),
        figures=(
            ("7,300", "members enrolled in health insurance"),
            ("5", "countries at the regional dialogue"),
            ("20", "pesos: the daily contribution"),
        ),
        hero=("town", "tropic"),
        toolkits=("asia-social-protection-dialogue", "informal-workers-social-protection-brief"),
        toolkit_note="The dialogue's case studies and joint recommendations.",
    ),
    StoryContent(
        slug="suva-market-vendors-pacific-forum",
        title="Suva's market women take their case to a Pacific forum",
        summary="An association of women market vendors that co-manages the municipal market "
        "brought its experience to a regional forum on community enterprise.",
        country="FJ",
        locality="Suva",
        organisation="Veivuke Market Women's Association",
        date=day("2024-09-18"),
        work_axis="international-advocacy",
        themes=("local-development",),
        sectors=("food-sovereignty", "social-protection"),
        target_groups=("women", "informal-workers"),
        introduction="Most of the fresh produce sold in the city comes through women vendors, "
        "many of whom travel from villages and sleep at the market on weekdays. For years they "
        "had no say in fees, opening hours or sanitation.",
        sections=(
            (
                "Co-managing the market",
                "The association negotiated a co-management agreement with the city council: "
                "a joint committee sets fees and opening hours, and a share of stall fees pays "
                "for a safe sleeping area and a childcare corner.",
            ),
            (
                "A regional voice",
                "At a regional forum on community enterprise, two vendors presented the "
                "agreement. Their call for vendors' associations to manage markets across the "
                "Pacific appears in the forum's policy recommendations.",
            ),
        ),
        quote=(
            "We feed this city. Now we also help run the place where we do it.",
            "Mere",
            "vegetable vendor and association secretary",
        ),
        figures=(
            ("640", "vendors in the association"),
            ("15%", "of stall fees fund vendor services"),
            ("1", "joint market committee"),
        ),
        hero=("coast", "lagoon"),
        figure=("weave", "tropic"),
        toolkits=("pacific-community-enterprise-brief",),
        toolkit_note="The forum's recommendations on community enterprise.",
    ),
    StoryContent(
        slug="el-alto-aymara-weavers-un-forum",
        title="Aymara weavers from El Alto speak at a UN forum",
        summary="A network of Aymara women's weaving groups told a UN forum on indigenous issues "
        "how collective enterprises protect both incomes and traditional designs.",
        country="BO",
        locality="El Alto, La Paz",
        organisation="Andean Aymara Weavers' Network",
        date=day("2023-04-20"),
        work_axis="international-advocacy",
        themes=("transformative-economies", "sdgs"),
        target_groups=("indigenous-peoples", "women"),
        introduction="Twenty-two weaving groups in El Alto and the surrounding highland "
        "communities sell alpaca and sheep's wool textiles through a shared workshop and shop. "
        "Copies of their designs, mass-produced elsewhere, were undercutting them.",
        sections=(
            (
                "Designs as collective heritage",
                "The network documented the origin of each design with the communities that "
                "hold it, and asked for collective protection rather than individual patents. "
                "A municipal ordinance now recognises the designs as collective heritage.",
            ),
            (
                "At the United Nations",
                "With the help of the network's international partners, two weavers spoke at a "
                "UN forum on indigenous issues. They asked states to recognise collective "
                "enterprises of indigenous peoples in trade and intellectual property rules.",
            ),
        ),
        quote=(
            "Each design belongs to a community. We weave it, but we do not own it alone.",
            "Felipa",
            "weaver and network delegate",
        ),
        figures=(
            ("22", "weaving groups"),
            ("340", "weavers, nearly all women"),
            ("118", "designs documented with their communities"),
        ),
        hero=("weave", "highland"),
        figure=("hills", "highland"),
        toolkits=("indigenous-led-enterprises-case-studies", "un-advocacy-kit"),
        toolkit_note="The network is one of the eight case studies.",
    ),
    StoryContent(
        slug="sfax-youth-olive-oil-cooperative",
        title="Young olive growers of Sfax find a market, and a voice",
        summary="A cooperative of young graduates who took over family olive groves now sells "
        "certified oil abroad, and spoke for youth cooperatives at a Mediterranean forum.",
        country="TN",
        locality="Sfax",
        organisation="Zitouna Youth Agricultural Cooperative",
        date=day("2021-12-07"),
        work_axis="international-advocacy",
        themes=("local-development", "environment"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        introduction="Young graduates returning to their families' olive groves found that "
        "they could only sell their oil in bulk to large exporters. Twenty-four of them formed "
        "a cooperative under the country's new social and solidarity economy law.",
        sections=(
            (
                "Pressing and selling together",
                "The cooperative rents a small mill during the harvest, bottles its own oil "
                "and sells it through fair-trade importers. Members share the work of "
                "certification, which none of them could afford alone.",
            ),
            (
                "A voice for youth cooperatives",
                "At a Mediterranean forum on the social economy, the cooperative's president "
                "asked for access to land and credit for young cooperators. The request was "
                "taken up in the continental advocacy agenda of African SSE networks.",
            ),
        ),
        quote=(
            "Alone, each of us had a few trees and a debt. Together we have a brand.",
            "Yassine",
            "president of the cooperative",
        ),
        figures=(
            ("24", "young members"),
            ("38 t", "of oil bottled in the last harvest"),
            ("3x", "the bulk price for certified bottled oil"),
        ),
        hero=("fields", "desert"),
        toolkits=("youth-cooperative-starter-kit", "african-sse-advocacy-agenda"),
        toolkit_note="Six workshops for young people starting a cooperative.",
    ),
    StoryContent(
        slug="kisumu-youth-fish-farming-cooperative",
        title="Kisumu's youth fish farmers write their own training course",
        summary="A youth cooperative that farms tilapia in cages on Lake Victoria turned what it "
        "learnt into a training course now used by other youth groups around the lake.",
        country="KE",
        locality="Kisumu",
        organisation="Dunga Youth Aquaculture Cooperative",
        date=day("2024-11-12"),
        work_axis="information-and-tools",
        themes=("environment", "local-development"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        introduction="With wild fish catches falling, young people on the lakeshore looked for "
        "another way to earn a living from the lake. Thirty of them pooled savings and a "
        "county grant to install their first fish cages.",
        sections=(
            (
                "Learning by doing",
                "The first year was hard: a storm damaged two cages and feed prices doubled. "
                "The cooperative started making its own feed from local ingredients and set up "
                "a rota so that the cages are watched day and night.",
            ),
            (
                "A course for other groups",
                "The members wrote down what they learnt in six workshops, from forming the "
                "group to selling the catch. Youth groups in three other counties now use the "
                "course, which the national cooperative college has added to its library.",
            ),
        ),
        quote=(
            "We made every mistake possible. The course is so that others make fewer.",
            "Brian",
            "chair of the cooperative",
        ),
        figures=(
            ("30", "young members"),
            ("12", "fish cages"),
            ("3", "counties using the course"),
        ),
        hero=("coast", "dawn"),
        figure=("coast", "rain"),
        toolkits=("youth-cooperative-starter-kit", "peer-exchange-visits-guide"),
        toolkit_note="The starter kit the cooperative's course grew into.",
    ),
    StoryContent(
        slug="quetzaltenango-maya-weavers-collective-designs",
        title="Maya weavers defend their designs as collective property",
        summary="A cooperative of K'iche' weavers in the Guatemalan highlands campaigned, with "
        "other indigenous organisations, for international recognition of collective rights "
        "over traditional textiles.",
        country="GT",
        locality="Quetzaltenango",
        organisation="Ixoq Ajkem weavers' cooperative",
        date=day("2020-10-06"),
        work_axis="international-advocacy",
        themes=("transformative-economies",),
        target_groups=("indigenous-peoples", "women"),
        introduction="The cooperative's members weave huipiles, the embroidered blouses whose "
        "designs identify a community. Fashion brands had been printing the same designs on "
        "clothes sold around the world without asking anyone.",
        sections=(
            (
                "A national campaign",
                "The cooperative joined a national movement of weavers calling for a law "
                "recognising indigenous peoples as collective owners of their textile designs. "
                "Weavers testified before a congressional committee in their own language.",
            ),
            (
                "An international echo",
                "The cooperative then took the campaign to an international meeting on "
                "intellectual property and traditional knowledge, with a statement prepared "
                "with the network's advocacy kit.",
            ),
        ),
        quote=(
            "Our grandmothers wove these designs. Nobody should sell them without our word.",
            "Rosalía",
            "weaver and cooperative member",
        ),
        figures=(
            ("57", "weavers in the cooperative"),
            ("9", "communities whose designs they weave"),
            ("1", "statement read at an international meeting"),
        ),
        hero=("weave", "dusk"),
        toolkits=("un-advocacy-kit", "indigenous-led-enterprises-case-studies"),
        toolkit_note="How to prepare a two-minute statement at an international meeting.",
    ),
    StoryContent(
        slug="rotorua-community-housing-enterprise",
        title="A tribal housing enterprise in Rotorua shares its model across the Pacific",
        summary="A community enterprise owned by local tribal trusts builds affordable homes on "
        "collectively owned land, and presented its model at a Pacific forum.",
        country="NZ",
        locality="Rotorua",
        organisation="Te Kainga Community Housing Enterprise",
        date=day("2025-02-26"),
        work_axis="international-advocacy",
        themes=("local-development", "environment"),
        target_groups=("indigenous-peoples", "youth"),
        introduction="Families who belong to the local tribes could not build on their "
        "ancestral land, because banks would not lend on land held collectively. Three trusts "
        "set up a community enterprise to build homes that families rent and can later buy "
        "into.",
        sections=(
            (
                "Building on collective land",
                "The enterprise keeps the land in collective ownership and sells shares in the "
                "houses, not the land. Young people from the community train as builders on "
                "site, and the homes use locally milled timber.",
            ),
            (
                "A model for the region",
                "At a Pacific forum on community enterprise, the enterprise's manager explained "
                "how the model works with banks and the housing ministry. The forum's "
                "recommendations call for a legal form for customary enterprises.",
            ),
        ),
        quote=(
            "The land stays with the people. The houses are how the people come home.",
            "Aroha",
            "general manager of the enterprise",
        ),
        figures=(
            ("64", "homes built"),
            ("21", "young apprentices trained on site"),
            ("3", "tribal trusts that own the enterprise"),
        ),
        hero=("hills", "rain"),
        figure=("town", "dawn"),
        toolkits=("pacific-community-enterprise-brief", "indigenous-led-enterprises-case-studies"),
        toolkit_note="The forum's recommendations on customary enterprises.",
    ),
    StoryContent(
        slug="oakland-domestic-workers-cooperative",
        title="Domestic workers own their agency in the Bay Area",
        summary="Migrant women who cleaned houses through agencies now run a cooperative that "
        "sets fair rates, provides sick pay, and campaigns alongside the domestic workers' "
        "union.",
        country="US",
        locality="Oakland, California",
        organisation="Casa Común Home Care Cooperative",
        date=day("2022-03-08"),
        work_axis="alliances",
        themes=("transformative-economies",),
        sectors=("social-protection",),
        target_groups=("women", "migrants", "informal-workers"),
        introduction="Agencies kept up to half of what clients paid, and work came without sick "
        "days or training. Eleven women, most of them from Mexico and Central America, decided "
        "to start their own cooperative with the help of a local worker-cooperative developer.",
        sections=(
            (
                "Rates that add up",
                "Members calculated what they needed to earn in a year, added insurance and "
                "training, and set a published hourly rate. A share of every hour goes into a "
                "fund for sick days, and new clients are shared by rota.",
            ),
            (
                "With the union",
                "The cooperative works with the domestic workers' union on a campaign for a "
                "city programme that refers older residents to cooperative home-care providers. "
                "Members speak at union assemblies and union organisers train new members.",
            ),
        ),
        quote=(
            "At the agency I was a number. Here I vote, and I know where every dollar goes.",
            "Lupe",
            "founding member",
        ),
        figures=(
            ("38", "worker-owners"),
            ("5", "paid sick days a year for every member"),
            ("0", "agency fees"),
        ),
        hero=("town", "dusk"),
        figure=("hills", "dusk"),
        toolkits=("domestic-workers-cooperative-guide", "feminist-economy-workshops"),
        toolkit_note="The guide the founders wish they had had.",
    ),
    StoryContent(
        slug="roubaix-csa-climate-alliance",
        title="In Roubaix, a CSA group and climate activists plant a farm on city land",
        summary="A community-supported agriculture group allied with local climate activists "
        "to convince the town hall to lease fallow land to a young market gardener.",
        country="FR",
        locality="Roubaix, Hauts-de-France",
        organisation="AMAP des Trois Ponts",
        date=day("2020-05-19"),
        work_axis="alliances",
        themes=("environment", "local-development"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        introduction="The CSA group had sixty households and a farmer forty kilometres away. "
        "Climate activists in the same neighbourhood were campaigning against a car park "
        "planned on a strip of fallow land. The two groups met at a public debate.",
        sections=(
            (
                "A joint proposal",
                "Together they proposed a market garden instead of the car park, with the CSA "
                "guaranteeing the farmer's income through its members' contracts. The town "
                "hall agreed to an environmental lease for a young market gardener.",
            ),
            (
                "A farm in the city",
                "The garden now supplies weekly baskets to ninety households, including "
                "twenty whose baskets are partly paid by the town's social services. School "
                "classes visit every month, and the climate group runs composting workshops "
                "on site.",
            ),
        ),
        quote=(
            "The activists brought the energy and the CSA brought a plan for paying a farmer. "
            "We needed both.",
            "Sofiane",
            "market gardener",
        ),
        figures=(
            ("1.4 ha", "of fallow land brought back into cultivation"),
            ("90", "households receiving weekly baskets"),
            ("20", "solidarity baskets"),
        ),
        hero=("fields", "rain"),
        figure=("fields", "dawn"),
        toolkits=("csa-municipal-partnerships", "climate-justice-sse-campaign"),
        toolkit_note="The agreements CSA groups have signed with town halls.",
    ),
    StoryContent(
        slug="yogyakarta-courier-platform-cooperative",
        title="Yogyakarta couriers build a platform they own",
        summary="Young motorbike couriers left commercial delivery apps to form a platform "
        "cooperative, with help from digital rights activists and a transport workers' union.",
        country="ID",
        locality="Yogyakarta",
        organisation="Koperasi Kurir Bersama",
        date=day("2023-07-11"),
        work_axis="alliances",
        themes=("transformative-economies",),
        sectors=("social-protection",),
        target_groups=("youth", "informal-workers"),
        introduction="Delivery apps cut the couriers' per-trip pay three times in two years and "
        "could block an account without explanation. A group of couriers, most under thirty, "
        "decided to build their own app.",
        sections=(
            (
                "Unlikely allies",
                "Student programmers from a digital rights group wrote the first version of the "
                "app for free, and the transport workers' union lent its meeting rooms and "
                "legal advice. The cooperative registered with forty founding members.",
            ),
            (
                "Owning the algorithm",
                "The members' assembly decides how orders are shared and what the app charges "
                "shops. Part of every delivery fee goes into accident insurance, something no "
                "commercial app offered.",
            ),
        ),
        quote=(
            "On the big apps, the algorithm was our boss. Now we vote on how it works.",
            "Dimas",
            "courier and cooperative chair",
        ),
        figures=(
            ("140", "courier-members"),
            ("210", "local shops using the app"),
            ("8%", "commission, against 20% on commercial apps"),
        ),
        hero=("town", "tropic"),
        toolkits=("youth-cooperative-starter-kit", "trade-unions-and-sse"),
        toolkit_note="The workshops the couriers used to set up their cooperative.",
    ),
    StoryContent(
        slug="bobo-dioulasso-shea-butter-agroecology",
        title="Shea butter women join the agroecology movement in Burkina Faso",
        summary="A union of women's shea butter groups allied with the national agroecology "
        "movement to protect shea parklands and bring their butter into school canteens.",
        country="BF",
        locality="Bobo-Dioulasso, Houet",
        organisation="Union des productrices de karité du Houet",
        date=day("2021-05-04"),
        work_axis="alliances",
        themes=("environment", "transformative-economies"),
        sectors=("food-sovereignty", "ethical-finance"),
        target_groups=("women",),
        introduction="Shea trees grow wild in the fields, and women have gathered and processed "
        "their nuts for generations. As fields were cleared for cotton, the trees were "
        "disappearing, and with them a major source of women's income.",
        sections=(
            (
                "Common cause with farmers",
                "The union joined the national agroecology platform, which was campaigning for "
                "farming practices that keep trees in the fields. Together they obtained a "
                "regional decree protecting shea parklands.",
            ),
            (
                "From parklands to canteens",
                "With fair-trade partners, the union now supplies shea butter to school "
                "canteens in the region and to a canteen campaign abroad. Its savings groups "
                "finance the presses and drying racks that members need.",
            ),
        ),
        quote=(
            "When a shea tree is cut, it is a woman's income that falls.",
            "Mariam",
            "president of the union",
        ),
        figures=(
            ("2,600", "women in 48 groups"),
            ("95 t", "of shea butter sold in a year"),
            ("1", "regional decree protecting shea parklands"),
        ),
        hero=("fields", "desert"),
        figure=("hills", "desert"),
        toolkits=("fair-trade-school-canteens-campaign", "womens-savings-groups-manual"),
        toolkit_note="The campaign that brought the union's butter into canteens.",
    ),
    StoryContent(
        slug="koraput-millet-cooperative",
        title="Adivasi millet growers and the food sovereignty movement in Odisha",
        summary="An Adivasi farmers' cooperative in the hills of Koraput joined forces with the "
        "food sovereignty movement to get millets back into public food programmes.",
        country="IN",
        locality="Koraput, Odisha",
        organisation="Koraput Millet Growers' Cooperative",
        date=day("2022-09-21"),
        work_axis="alliances",
        themes=("environment", "sdgs"),
        sectors=("food-sovereignty",),
        target_groups=("indigenous-peoples", "women"),
        introduction="Adivasi families in the hills have grown finger millet and other hardy "
        "grains for centuries. Subsidised rice had pushed millets out of diets and fields, "
        "and young people no longer knew the old varieties.",
        sections=(
            (
                "A seed bank and a cooperative",
                "Women farmers started a seed bank that lends native millet seed, repaid in "
                "seed after the harvest. The cooperative they formed buys, cleans and packs "
                "the grain, and pays members within a week.",
            ),
            (
                "Millets on public plates",
                "With the food sovereignty alliance, the cooperative campaigned for millets in "
                "school meals and the public distribution system. The state now buys millets "
                "for school meals in several districts.",
            ),
        ),
        quote=(
            "Millet survives a dry year. So do the families who grow it.",
            "Sabitri",
            "seed bank keeper",
        ),
        figures=(
            ("1,200", "member households"),
            ("34", "native millet varieties in the seed bank"),
            ("7 days", "to pay members for their grain"),
        ),
        hero=("terraces", "noon"),
        figure=("fields", "highland"),
        toolkits=("community-seed-banks", "indigenous-led-enterprises-case-studies"),
        toolkit_note="How the seed bank lends seed and keeps it without electricity.",
    ),
    StoryContent(
        slug="lisbon-migrant-women-catering-cooperative",
        title="A catering cooperative of migrant women opens in Lisbon",
        summary="Women from Cape Verde, Brazil, Nepal and Syria run a catering cooperative that "
        "grew out of a community kitchen, supported by anti-racism groups and the city's "
        "incubator.",
        country="PT",
        locality="Lisbon",
        organisation="Cooperativa Mesa do Mundo",
        date=day("2023-10-17"),
        work_axis="alliances",
        themes=("local-development", "transformative-economies"),
        sectors=("ethical-finance",),
        target_groups=("migrants", "women"),
        introduction="The women met in a community kitchen run by an anti-racism association, "
        "cooking for neighbourhood events. Customers kept asking whether they could order "
        "meals, and the idea of a cooperative was born.",
        sections=(
            (
                "Clearing the paperwork",
                "Several founders lacked residence papers or recognised diplomas. The "
                "association and a lawyers' collective helped them through registration, and "
                "the city's cooperative incubator lent a professional kitchen.",
            ),
            (
                "Growing with the neighbourhood",
                "The cooperative raised part of its starting capital by selling small shares "
                "to neighbours and customers. It now caters for two schools and a dozen "
                "companies, and trains other migrant women in its kitchen.",
            ),
        ),
        quote=(
            "Each of us brought recipes from home. Together we brought a business.",
            "Djamila",
            "cook and cooperative president",
        ),
        figures=(
            ("14", "worker-members from 6 countries"),
            ("230", "neighbours and customers who bought shares"),
            ("2", "school contracts"),
        ),
        hero=("town", "autumn"),
        figure=("weave", "autumn"),
        toolkits=("cooperatives-with-migrants-guide", "citizen-shareholding-guide"),
        toolkit_note="What municipalities can do to support cooperatives of migrants.",
    ),
    StoryContent(
        slug="valparaiso-migrant-cleaning-cooperative",
        title="Migrant workers and a union found a cleaning cooperative in Valparaíso",
        summary="Haitian and Venezuelan workers, supported by a port workers' union, formed a "
        "cleaning cooperative that now holds contracts with the university and the port.",
        country="CL",
        locality="Valparaíso",
        organisation="Cooperativa de Trabajo Puerto Abierto",
        date=day("2021-08-16"),
        work_axis="alliances",
        themes=("transformative-economies", "local-development"),
        target_groups=("migrants", "informal-workers"),
        introduction="Newly arrived migrants in the port city worked as day labourers with "
        "subcontractors that paid late and often not at all. The port workers' union, which "
        "had watched this happen on its own docks, offered to help.",
        sections=(
            (
                "A union as a founding partner",
                "The union lent its offices and its lawyer, and introduced the cooperative to "
                "the port authority. Members learnt cooperative management in evening classes "
                "given in Spanish and Haitian Creole.",
            ),
            (
                "Contracts and rights",
                "The cooperative won cleaning contracts at the university and in port "
                "buildings. Its members have written contracts, social security and a "
                "grievance procedure agreed with the union.",
            ),
        ),
        quote=(
            "The union saw us as workers, not as foreigners. That is where it began.",
            "Jean-Baptiste",
            "cooperative secretary",
        ),
        figures=(
            ("52", "members from 3 countries"),
            ("2", "major cleaning contracts"),
            ("100%", "of members with social security"),
        ),
        hero=("coast", "noon"),
        toolkits=("cooperatives-with-migrants-guide", "trade-unions-and-sse"),
        toolkit_note="The obstacles migrant founders meet, and municipal workarounds.",
    ),
    StoryContent(
        slug="apennines-community-cooperative",
        title="A community cooperative keeps an Apennine village alive",
        summary="Residents of a mountain village near Bologna formed a community cooperative "
        "that runs the shop, the school bus and the upkeep of footpaths, with hikers' and "
        "environmental associations.",
        country="IT",
        locality="Upper Reno valley, near Bologna",
        organisation="Cooperativa di comunità Alto Reno",
        date=day("2019-07-02"),
        work_axis="alliances",
        themes=("local-development", "environment"),
        target_groups=("youth",),
        introduction="When the village's last shop closed, the two hundred remaining residents "
        "feared the school would be next. They formed a community cooperative in which every "
        "household could buy a share.",
        sections=(
            (
                "Many small services",
                "The cooperative reopened the shop with a post office counter, took over the "
                "school bus and a small guesthouse, and signed an agreement with the "
                "municipality for the upkeep of footpaths and green spaces.",
            ),
            (
                "Allies from the valley and the city",
                "Hiking clubs and environmental associations from Bologna bring volunteers and "
                "visitors. Two young families have moved to the village to work for the "
                "cooperative.",
            ),
        ),
        quote=(
            "We were waiting for someone to save the village. Then we understood it had to be us.",
            "Giovanna",
            "cooperative president",
        ),
        figures=(
            ("118", "member households"),
            ("7", "jobs created"),
            ("45 km", "of footpaths maintained"),
        ),
        hero=("hills", "autumn"),
        figure=("terraces", "autumn"),
        toolkits=("worker-buyouts-legal-pathways", "peer-exchange-visits-guide"),
        toolkit_note="Legal routes for workers and residents taking over a business.",
    ),
    StoryContent(
        slug="recife-community-bank-local-currency",
        title="A community bank and its currency in a Recife neighbourhood",
        summary="Residents of a riverside neighbourhood run a community bank that lends at low "
        "cost and issues a local currency, and wrote a handbook for other neighbourhoods.",
        country="BR",
        locality="Recife, Pernambuco",
        organisation="Banco Comunitário Maré Alta",
        date=day("2019-11-26"),
        work_axis="information-and-tools",
        themes=("local-development", "transformative-economies"),
        sectors=("ethical-finance",),
        target_groups=("women", "informal-workers"),
        introduction="In a neighbourhood where no bank had a branch, residents borrowed from "
        "moneylenders at ruinous rates. The residents' association decided to start a bank of "
        "its own.",
        sections=(
            (
                "Credit based on trust",
                "Neighbours vouch for each other instead of offering collateral. Most "
                "borrowers are women who run small shops, sewing workshops or food stalls from "
                "home.",
            ),
            (
                "A currency that stays local",
                "The bank issues a local currency backed by reais. Shops that accept it offer "
                "discounts, and the municipality pays part of a cash transfer programme in it. "
                "The bank's staff turned their experience into a handbook.",
            ),
        ),
        quote=(
            "Before the bank, money came in on payday and left the same afternoon.",
            "Dona Socorro",
            "founder of the residents' association",
        ),
        figures=(
            ("1,600", "loans made"),
            ("180", "shops accepting the local currency"),
            ("3%", "of loans in arrears"),
        ),
        hero=("coast", "tropic"),
        figure=("town", "noon"),
        toolkits=("community-bank-handbook", "participatory-sse-mapping"),
        toolkit_note="The handbook the bank's staff wrote for other neighbourhoods.",
    ),
    StoryContent(
        slug="chefchaouen-weaving-cooperative-mapping",
        title="Mapping women's cooperatives in the Rif",
        summary="A women's weaving cooperative near Chefchaouen led a participatory mapping of "
        "cooperatives in the province, and used it to obtain a shared shop and training centre.",
        country="MA",
        locality="Chefchaouen",
        organisation="Akchour Women's Weaving Cooperative",
        date=day("2022-06-28"),
        work_axis="information-and-tools",
        themes=("local-development", "sdgs"),
        target_groups=("women",),
        introduction="The cooperative's members weave wool blankets and rugs in the mountain "
        "villages. Officials told them there were too few women's cooperatives in the province "
        "to justify a shared shop. The members suspected otherwise.",
        sections=(
            (
                "Counting themselves",
                "With volunteers from a local association, the cooperative visited villages "
                "across the province using a participatory mapping method. They found three "
                "times more women's cooperatives than official lists showed.",
            ),
            (
                "From map to shop",
                "The map convinced the provincial council to fund a shared shop and training "
                "centre in the town, managed by a union of the cooperatives. The mapping data "
                "is open to other networks.",
            ),
        ),
        quote=(
            "They said we were few. The map showed we were everywhere.",
            "Fatima Zahra",
            "weaver and cooperative treasurer",
        ),
        figures=(
            ("87", "women's cooperatives mapped"),
            ("3x", "the number on official lists"),
            ("1", "shared shop and training centre"),
        ),
        hero=("weave", "night"),
        figure=("hills", "dawn"),
        toolkits=("participatory-sse-mapping", "womens-savings-groups-manual"),
        toolkit_note="The mapping method the cooperative used.",
    ),
    StoryContent(
        slug="oaxaca-indigenous-coffee-cooperative",
        title="Zapotec coffee growers track their harvest, and their policies",
        summary="An indigenous coffee cooperative in the Oaxaca highlands built a simple "
        "traceability tool and helped feed the regional tracker of SSE public policy.",
        country="MX",
        locality="Sierra Norte, Oaxaca",
        organisation="Unión de Comunidades Cafetaleras de la Sierra",
        date=day("2020-02-11"),
        work_axis="information-and-tools",
        themes=("environment", "policy-co-construction"),
        sectors=("food-sovereignty",),
        target_groups=("indigenous-peoples",),
        introduction="Coffee from the Sierra's communities is grown under forest shade and "
        "governed by community assemblies. The cooperative sells it through fair-trade "
        "channels, which demand precise records from each producer.",
        sections=(
            (
                "Records everyone can read",
                "Young members built a spreadsheet and a paper notebook that work together: "
                "each family's harvest, quality and payment is recorded and read out at the "
                "community assembly, in Zapotec and Spanish.",
            ),
            (
                "Following public policy",
                "The same young members now collect data for the Latin American SSE policy "
                "tracker: state programmes, budgets and whether cooperatives have a say in "
                "them.",
            ),
        ),
        quote=(
            "If the assembly cannot read the records, they are not our records.",
            "Tomás",
            "member of the cooperative's youth committee",
        ),
        figures=(
            ("19", "communities in the union"),
            ("640", "coffee-growing families"),
            ("100%", "of the harvest grown under forest shade"),
        ),
        hero=("terraces", "highland"),
        toolkits=("latin-american-sse-policy-tracker", "indigenous-led-enterprises-case-studies"),
        toolkit_note="The tracker the youth committee helps to update.",
    ),
    StoryContent(
        slug="riobamba-community-savings-banks",
        title="Kichwa community savings banks federate in Chimborazo",
        summary="Community savings banks in Kichwa villages formed a network that trains "
        "treasurers, pools liquidity and documents public policy on popular finance.",
        country="EC",
        locality="Riobamba, Chimborazo",
        organisation="Chimborazo Network of Community Savings Banks",
        date=day("2023-08-29"),
        work_axis="information-and-tools",
        themes=("local-development", "policy-co-construction"),
        sectors=("ethical-finance",),
        target_groups=("indigenous-peoples", "women"),
        introduction="In the highland villages, community savings banks lend members' savings "
        "for seed, animals and school fees. Each bank was on its own, and a bad harvest could "
        "empty its cash box.",
        sections=(
            (
                "Pooling liquidity",
                "Forty-three banks formed a network that lends between banks when one runs "
                "short. The network trains treasurers, most of them women, in bookkeeping in "
                "Kichwa and Spanish.",
            ),
            (
                "Knowing the rules",
                "The network documents national and provincial rules on popular and solidarity "
                "finance for the regional policy tracker, and uses the results to ask for "
                "simpler reporting for small community banks.",
            ),
        ),
        quote=(
            "When one bank is short, the others lend. That is how our communities have always "
            "worked.",
            "María Transito",
            "treasurer trainer",
        ),
        figures=(
            ("43", "community savings banks"),
            ("5,200", "members"),
            ("61%", "of treasurers are women"),
        ),
        hero=("hills", "highland"),
        figure=("weave", "highland"),
        toolkits=("latin-american-sse-policy-tracker", "public-guarantees-ethical-finance"),
        toolkit_note="The tracker of SSE public policy the network contributes to.",
    ),
    StoryContent(
        slug="pisac-native-potato-seed-guardians",
        title="Seed guardians of the Sacred Valley share their potatoes with Nepal",
        summary="Quechua seed guardians who keep hundreds of native potato varieties hosted "
        "farmers from Nepal, and the two groups wrote a guide to community seed banks.",
        country="PE",
        locality="Pisac, Cusco",
        organisation="Native Potato Guardians of Pisac",
        date=day("2020-12-01"),
        work_axis="information-and-tools",
        themes=("environment",),
        sectors=("food-sovereignty",),
        target_groups=("indigenous-peoples", "women"),
        introduction="In six communities above the Sacred Valley, families keep hundreds of "
        "native potato varieties, grown at different altitudes to spread the risk of frost "
        "and drought. Their seed bank is run as a cooperative.",
        sections=(
            (
                "An exchange across the world",
                "Farmers from a women's forest cooperative in Nepal spent two weeks with the "
                "guardians, comparing seed storage, terraces and the way each community "
                "decides who receives seed.",
            ),
            (
                "A guide written together",
                "The two groups wrote a guide to community seed banks in Spanish and English, "
                "with drawings instead of long texts. It is used by seed networks in both "
                "regions.",
            ),
        ),
        quote=(
            "Their mountains are higher than ours, but their questions were the same.",
            "Justina",
            "seed guardian",
        ),
        figures=(
            ("6", "communities"),
            ("420", "native potato varieties kept"),
            ("2", "weeks of exchange with Nepali farmers"),
        ),
        hero=("terraces", "highland"),
        figure=("terraces", "dawn"),
        toolkits=("community-seed-banks", "peer-exchange-visits-guide"),
        toolkit_note="The guide the guardians wrote with their Nepali visitors.",
    ),
    StoryContent(
        slug="central-australia-bush-foods-cooperative",
        title="An Aboriginal-owned bush foods cooperative in Central Australia",
        summary="A cooperative owned by Aboriginal women harvesters sells bush tomatoes and "
        "wattleseed to restaurants and public buyers, and shares its story as a case study.",
        country="AU",
        locality="Alice Springs, Northern Territory",
        organisation="Desert Harvest Women's Cooperative",
        date=day("2024-04-09"),
        work_axis="information-and-tools",
        themes=("environment", "transformative-economies"),
        sectors=("food-sovereignty",),
        target_groups=("indigenous-peoples", "women"),
        introduction="Women from communities around the town have harvested bush foods on "
        "country for generations. Traders bought their harvest cheaply and sold it at many "
        "times the price in city shops.",
        sections=(
            (
                "Owning the whole chain",
                "The cooperative cleans, grades and packs the harvest itself, and sells "
                "directly to restaurants and food businesses. Harvesters are paid on delivery, "
                "and decisions are made in meetings held on country.",
            ),
            (
                "Public buyers and a case study",
                "The cooperative used social procurement rules to supply a hospital kitchen "
                "and an events centre. Its members chose to tell their story in the network's "
                "collection of case studies on indigenous-led enterprises.",
            ),
        ),
        quote=(
            "This food is from our country. The cooperative makes sure the money comes back to it.",
            "Margaret",
            "harvester and cooperative director",
        ),
        figures=(
            ("72", "women harvesters"),
            ("11", "communities"),
            ("4x", "the price traders used to pay"),
        ),
        hero=("hills", "desert"),
        toolkits=("indigenous-led-enterprises-case-studies", "social-procurement-training"),
        toolkit_note="The collection in which the cooperative's story appears.",
    ),
    StoryContent(
        slug="pokhara-women-forest-cooperative",
        title="A women's forest cooperative near Pokhara learns from Andean seed guardians",
        summary="A women's cooperative that manages a community forest visited seed guardians "
        "in Peru and started a seed bank for the hill crops of its villages.",
        country="NP",
        locality="Kaski, near Pokhara",
        organisation="Seti River Women's Forest Cooperative",
        date=day("2021-02-16"),
        work_axis="information-and-tools",
        themes=("environment", "local-development"),
        sectors=("food-sovereignty", "ethical-finance"),
        target_groups=("women", "indigenous-peoples"),
        introduction="The cooperative's members manage a community forest, sell leaf plates and "
        "herbal products, and run a savings scheme. Many members are from indigenous hill "
        "communities whose traditional crops were disappearing.",
        sections=(
            (
                "Two weeks in the Andes",
                "Three members travelled to Peru to spend two weeks with a community seed bank. "
                "They came back with ideas for storing seed without electricity and for "
                "lending seed repaid after the harvest.",
            ),
            (
                "A seed bank in the forest office",
                "The cooperative's forest office now keeps local varieties of finger millet, "
                "buckwheat and beans. Members report on what they learnt at district meetings "
                "of forest user groups.",
            ),
        ),
        quote=(
            "We went to learn about potatoes and came home with a plan for our own seeds.",
            "Sita",
            "cooperative chair",
        ),
        figures=(
            ("310", "women members"),
            ("180 ha", "of community forest managed"),
            ("26", "local crop varieties in the seed bank"),
        ),
        hero=("terraces", "dawn"),
        figure=("hills", "rain"),
        toolkits=("community-seed-banks", "peer-exchange-visits-guide"),
        toolkit_note="The seed bank guide written after the exchange.",
    ),
)
