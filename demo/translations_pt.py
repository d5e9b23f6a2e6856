"""Brazilian Portuguese translation of the demo content (see translation_content.py for its
shape). "Advocacy", as the site's interface and taxonomy say in Portuguese.

The booklets of some toolkits were written in European Portuguese by their publishers: their
section headings are listed as the files have them.
"""

from demo.translation_content import (
    AltText,
    LanguagePack,
    SiteTranslation,
    StoryTranslation,
    ToolkitTranslation,
)

SITE = SiteTranslation(
    home_title="SSE Policy Exchange",  # the network's platform keeps its name in every language
    home_introduction=(
        "O <b>SSE Policy Exchange</b> reúne histórias do trabalho local da economia social e "
        "solidária e as ferramentas de advocacy que o acompanham, para que as redes "
        "de todos os continentes aprendam umas com as outras e construam políticas públicas "
        "junto com seus governos.",
        "Este é um conteúdo de demonstração: as organizações, pessoas, citações e números são "
        "fictícios; os lugares e os tipos de trabalho são reais.",
    ),
    stories_title="Histórias",
    stories_introduction="O trabalho local da ESS em todos os continentes, contado por quem o faz.",
    toolkits_title="Kits de ferramentas",
    toolkits_introduction="Ferramentas de advocacy que deram certo em algum lugar, "
    "prontas para serem usadas em outros.",
)

PHRASES = {
    "What's inside": "Conteúdo",
    "Among the sections:": "Algumas das seções:",
    "In figures": "Em números",
    "At a glance": "Em resumo",
    "The numbers": "Os números",
    "SSE Policy Exchange (generated illustration)": "SSE Policy Exchange (ilustração gerada)",
    "SSE Policy Exchange": "SSE Policy Exchange",
    "Editable template (DOCX)": "Modelo editável (DOCX)",
    "Modèle modifiable (DOCX)": "Modelo editável (DOCX)",
    "Survey form (DOCX)": "Formulário de levantamento (DOCX)",
    "Exercises (DOCX)": "Exercícios (DOCX)",
}

ALT_TEXT = AltText(
    template="Ilustração: {scene}, em tons de {land}, sob {sky}",
    template_without_sky="Ilustração: {scene}, em tons de {land}",
    scenes={
        "rolling hills with a low sun": "colinas onduladas com o sol baixo",
        "rolling hills with the sun high above": "colinas onduladas com o sol a pino",
        "terraced hillsides": "encostas em terraços",
        "a patchwork of ploughed fields": "uma colcha de retalhos de campos arados",
        "a coastline with waves and a headland": "um litoral com ondas e um promontório",
        "a row of small houses with lit windows in front of hills": "uma fileira de casinhas "
        "com janelas iluminadas diante de colinas",
        "a woven textile pattern of stripes and diamonds": "uma estampa tecida de listras e "
        "losangos",
    },
    lands={
        "dawn": "verde, do claro ao escuro",
        "dusk": "ameixa e berinjela",
        "noon": "ocre e oliva",
        "rain": "verde-mar",
        "desert": "terracota e ferrugem",
        "highland": "musgo e cáqui",
        "tropic": "verde tropical vivo",
        "night": "azul-tinta",
        "autumn": "coral e vermelho-tijolo",
        "lagoon": "azul-lagoa",
    },
    skies={
        "dawn": "um céu pálido de amanhecer",
        "dusk": "um céu violeta e laranja de entardecer",
        "noon": "um céu azul e limpo",
        "rain": "um céu cinzento de estação chuvosa",
        "desert": "um céu âmbar e quente",
        "highland": "um céu frio de altitude",
        "tropic": "um céu turquesa",
        "night": "um céu noturno azul profundo",
        "autumn": "um céu dourado de outono",
        "lagoon": "um céu litorâneo luminoso",
    },
)

STORIES = {
    "montevideo-recycling-cooperative-contract": StoryTranslation(
        title="Pagos pelo serviço, não só pela sucata: os recicladores de Montevidéu assinam "
        "um contrato",
        summary="Uma cooperativa de ex-catadores informais agora recolhe resíduos separados em "
        "quatro bairros com um contrato de serviço municipal, com pagamento mensal, "
        "equipamentos de proteção e um galpão de triagem coberto.",
        organisation="Cooperativa de reciclagem Reciclar Juntos",
        locality="Montevidéu",
        introduction="Durante anos, os integrantes da Reciclar Juntos puxaram carroças pelas "
        "ruas antes do amanhecer e venderam o que encontravam a atravessadores, pelo preço que "
        "fosse oferecido. O trabalho deles evitava que toneladas de papelão e plástico fossem "
        "parar no aterro, mas ninguém pagava por isso.",
        sections=(
            (
                "Três anos de negociação",
                "Com o apoio da rede nacional de recicladores, a cooperativa pediu à prefeitura "
                "que tratasse a coleta seletiva como serviço público. Depois de um projeto-piloto "
                "em um bairro e de um estudo sobre a economia nos custos do aterro, a prefeitura "
                "assinou um contrato que paga um valor mensal por domicílio atendido.",
            ),
            (
                "O que mudou para os cooperados",
                "Hoje os cooperados trabalham em turnos diurnos, usam equipamentos de proteção e "
                "têm plano de saúde pago com suas contribuições. A renda da venda dos materiais "
                "continua indo para a cooperativa, que começou a comprar uma pequena prensa "
                "enfardadeira com suas primeiras economias.",
            ),
        ),
        quote=(
            "Sempre fizemos um trabalho público. Agora a prefeitura diz isso por escrito, e paga "
            "por ele.",
            "presidenta da Reciclar Juntos",
        ),
        figures=(
            ("48", "cooperados, sendo 31 mulheres"),
            ("4", "bairros atendidos por contrato"),
            ("620 t", "de materiais recuperados no primeiro ano"),
        ),
        toolkit_note="O contrato que a cooperativa assinou, como modelo editável.",
        caption="Montevidéu, onde atua a cooperativa de reciclagem Reciclar Juntos.",
    ),
    "durban-street-traders-bylaw": StoryTranslation(
        title="Vendedores ambulantes ajudam a reescrever a lei municipal de comércio informal "
        "de Durban",
        summary="Uma cooperativa de vendedores ambulantes conquistou um lugar no comitê que "
        "revisava as regras municipais de comércio informal e substituiu as apreensões por um "
        "sistema de licenças que ajudou a criar.",
        organisation="Cooperativa dos Comerciantes da Berea Road",
        introduction="Quem vende frutas, ervas e comida pronta perto do ponto de táxis perdia a "
        "mercadoria em batidas policiais várias vezes por ano. Muitas são mulheres, e boa "
        "parte veio de países vizinhos. Em 2019, formaram uma cooperativa para comprar "
        "mercadoria juntos e falar com uma só voz.",
        sections=(
            (
                "Um lugar à mesa",
                "Quando o município anunciou a revisão de sua lei de comércio, a cooperativa "
                "pediu para participar e levou mapas de cada barraca, desenhados pelos próprios "
                "comerciantes. A lei revisada cria licenças renováveis pela internet e proíbe a "
                "apreensão de produtos perecíveis.",
            ),
            (
                "Além da lei",
                "Hoje a cooperativa mantém um pequeno fundo de poupança e um fundo funerário "
                "para os associados, e negocia com a prefeitura coberturas e água encanada no "
                "mercado. A próxima meta é o reconhecimento das organizações de comerciantes no "
                "plano provincial de desenvolvimento econômico.",
            ),
        ),
        quote=(
            "Antes nos viam como um problema. Nosso mapa mostrou quatrocentos pequenos negócios "
            "que alimentam a estação inteira.",
            "tesoureira da cooperativa dos comerciantes",
        ),
        figures=(
            ("412", "barracas mapeadas pelos comerciantes"),
            ("0", "apreensões desde que a nova lei entrou em vigor"),
            ("70%", "dos associados são mulheres"),
        ),
        toolkit_note="Como as mútuas podem incluir trabalhadores informais na proteção social.",
    ),
    "bogota-school-meals-cooperatives": StoryTranslation(
        title="Cooperativas camponesas no cardápio das escolas de Bogotá",
        summary="Um lote reservado no programa de alimentação escolar permite que cooperativas "
        "de agricultores da savana de Bogotá entreguem frutas, verduras e laticínios às "
        "escolas públicas.",
        organisation="Cooperativa camponesa Sabores de la Sabana",
        introduction="Pequenos agricultores a duas horas da capital tinham dificuldade para "
        "vender a preço justo, enquanto as escolas da cidade compravam verduras de grandes "
        "atacadistas. Doze associações de produtores formaram uma cooperativa de segundo grau "
        "para mudar isso.",
        sections=(
            (
                "Um lote só deles",
                "A cooperativa e a secretaria de educação da cidade criaram um lote reservado a "
                "organizações da agricultura familiar na licitação da merenda escolar, com "
                "calendários de entrega viáveis para os agricultores e pagamento em até trinta "
                "dias.",
            ),
            (
                "Crianças que sabem de onde vem a comida",
                "Cada escola que compra da cooperativa recebe a visita de um agricultor ao longo "
                "do ano. Os alunos plantaram hortas escolares com sementes da cooperativa, e "
                "algumas famílias agora compram cestas diretamente.",
            ),
        ),
        quote=(
            "O pagamento em trinta dias mudou tudo. Antes, não tínhamos como esperar três meses "
            "pelo dinheiro.",
            "produtora de leite e conselheira da cooperativa",
        ),
        figures=(
            ("12", "associações de produtores na cooperativa"),
            ("86", "escolas públicas abastecidas"),
            ("30 dias", "de prazo máximo de pagamento no contrato"),
        ),
        toolkit_note="As opções jurídicas por trás das compras públicas reservadas.",
        caption="Bogotá, onde atua a cooperativa camponesa Sabores de la Sabana.",
    ),
    "rosario-municipal-sse-council": StoryTranslation(
        title="O conselho de ESS de Rosário completa dez anos",
        summary="Um conselho de cooperativas, fábricas recuperadas e prefeitura se reúne todo "
        "mês há dez anos. Sobreviveu a três prefeitos por estar inscrito em lei municipal.",
        organisation="Consejo Solidario del Litoral",
        locality="Rosário, Santa Fé",
        introduction="O conselho começou como uma mesa de diálogo depois de uma onda de "
        "fechamentos de fábricas, quando os trabalhadores de várias empresas formaram "
        "cooperativas para manter seus empregos. Dez anos depois, reúne quarenta organizações "
        "e quatro secretarias municipais.",
        sections=(
            (
                "Inscrito em lei",
                "Os fundadores do conselho insistiram em uma lei municipal, e não em um decreto. "
                "A lei fixa uma reunião mensal, uma rubrica orçamentária para programas de ESS e "
                "o direito do conselho de opinar sobre o plano econômico da cidade.",
            ),
            (
                "O que o conselho conquistou",
                "Entre seus resultados estão uma feira municipal de produtos cooperativos, um "
                "fundo para que empresas recuperadas consertem suas máquinas e um programa de "
                "compras que adquire uniformes escolares de cooperativas têxteis.",
            ),
        ),
        quote=(
            "Prefeitos vêm e vão. A lei fica, e o conselho também.",
            "integrante de uma cooperativa metalúrgica recuperada",
        ),
        figures=(
            ("120", "reuniões mensais realizadas"),
            ("40", "organizações integrantes"),
            ("3", "prefeitos com quem o conselho trabalhou"),
        ),
        toolkit_note="O guia passo a passo que o conselho ajudou a escrever.",
    ),
    "pamplona-work-integration-enterprises": StoryTranslation(
        title="Contratos reservados dão futuro às empresas de inserção em Navarra",
        summary="As empresas de inserção, que contratam pessoas excluídas do emprego há muito "
        "tempo, agora têm uma parcela garantida dos contratos regionais de limpeza e "
        "jardinagem.",
        organisation="Inserta Navarra, associação de empresas de inserção",
        locality="Pamplona, Navarra",
        introduction="As empresas de inserção da região empregam, por dois a três anos, pessoas "
        "que saem do desemprego de longa duração ou da prisão, ou que migraram há pouco, antes "
        "de seguirem para outros empregos. O problema era a renda instável, feita de contratos "
        "pontuais.",
        sections=(
            (
                "Uma parcela reservada por lei",
                "A associação documentou quanto cada posto de trabalho custava aos cofres "
                "públicos em benefícios e quanto devolvia em impostos e contribuições. O "
                "parlamento regional reservou então uma parcela dos contratos de limpeza, "
                "jardinagem e alimentação às empresas de inserção e às oficinas protegidas.",
            ),
            (
                "Contratos estáveis, trajetórias melhores",
                "Com contratos plurianuais, as empresas podem planejar a formação e acompanhar "
                "cada trabalhador até um emprego no mercado formal. Mais da metade de quem sai "
                "encontra trabalho em até seis meses.",
            ),
        ),
        quote=(
            "Um contrato de três anos significa poder formar alguém direito, em vez de correr "
            "de um serviço para outro.",
            "gerente de uma empresa de inserção de jardinagem",
        ),
        figures=(
            ("6%", "dos contratos regionais reservados"),
            ("540", "pessoas empregadas em empresas de inserção"),
            ("57%", "encontram emprego em até seis meses depois de sair"),
        ),
        toolkit_note="Como os governos podem reservar contratos públicos para a ESS.",
        caption="Pamplona, onde atua a Inserta Navarra, associação de empresas de inserção.",
    ),
    "thies-womens-savings-groups-mutual": StoryTranslation(
        title="Grupos de poupança de Thiès levam suas propostas ao fórum continental",
        summary="Grupos de poupança de mulheres se federaram em uma mútua e levaram a um fórum "
        "continental de ESS sua proposta de crédito sem garantia de terra.",
        organisation="Union des groupements Jappo",
        introduction="Nos arredores de Thiès, dezenas de grupos de mulheres se reúnem toda "
        "semana para poupar, emprestar dinheiro umas às outras e apoiar as integrantes nos "
        "momentos difíceis. A maioria trabalha no comércio em feiras ou no processamento de "
        "alimentos; poucas têm título de terra para oferecer como garantia a um banco.",
        sections=(
            (
                "Dos grupos à mútua",
                "Sessenta grupos formaram uma união e depois uma mútua de poupança e crédito "
                "autorizada pelo órgão regulador. A mútua empresta com a garantia do grupo, e "
                "não da terra, e mantém a taxa de pagamento acima de noventa e cinco por cento.",
            ),
            (
                "Uma proposta para todo o continente",
                "Com a rede nacional de ESS, a união redigiu uma proposta: reconhecer a garantia "
                "solidária do grupo nas regras bancárias de toda a região. Duas integrantes a "
                "apresentaram no fórum continental de ESS, e ela entrou na agenda continental "
                "de advocacy.",
            ),
        ),
        quote=(
            "Nossa garantia é o nosso grupo. Pedimos ao fórum que escrevesse isso nas regras.",
            "presidenta da união",
        ),
        figures=(
            ("60", "grupos de poupança na união"),
            ("1.850", "integrantes"),
            ("96%", "de taxa de pagamento em dia"),
        ),
        toolkit_note="O manual do formador que a união usa com os grupos novos.",
        caption="Thiès, onde atua a Union des groupements Jappo.",
    ),
    "el-alto-aymara-weavers-un-forum": StoryTranslation(
        title="Tecelãs aimarás de El Alto falam em um fórum da ONU",
        summary="Uma rede de grupos de tecelãs aimarás contou a um fórum da ONU sobre questões "
        "indígenas como os empreendimentos coletivos protegem ao mesmo tempo a renda e os "
        "desenhos tradicionais.",
        organisation="Rede Andina de Tecelãs Aimarás",
        introduction="Vinte e dois grupos de tecelagem de El Alto e das comunidades vizinhas do "
        "altiplano vendem tecidos de lã de alpaca e de ovelha por meio de uma oficina e de uma "
        "loja compartilhadas. Cópias de seus desenhos, produzidas em série em outros lugares, "
        "tiravam delas o mercado.",
        sections=(
            (
                "Os desenhos como patrimônio coletivo",
                "A rede documentou a origem de cada desenho com as comunidades que o guardam e "
                "pediu uma proteção coletiva, em vez de patentes individuais. Uma lei municipal "
                "agora reconhece os desenhos como patrimônio coletivo.",
            ),
            (
                "Nas Nações Unidas",
                "Com o apoio dos parceiros internacionais da rede, duas tecelãs falaram em um "
                "fórum da ONU sobre questões indígenas. Pediram aos Estados que reconheçam os "
                "empreendimentos coletivos dos povos indígenas nas regras de comércio e de "
                "propriedade intelectual.",
            ),
        ),
        quote=(
            "Cada desenho pertence a uma comunidade. Nós o tecemos, mas ele não é só nosso.",
            "tecelã e delegada da rede",
        ),
        figures=(
            ("22", "grupos de tecelagem"),
            ("340", "pessoas que tecem, quase todas mulheres"),
            ("118", "desenhos documentados com suas comunidades"),
        ),
        toolkit_note="A rede é um dos oito estudos de caso.",
        caption="El Alto, onde atua a Rede Andina de Tecelãs Aimarás.",
    ),
    "oakland-domestic-workers-cooperative": StoryTranslation(
        title="Trabalhadoras domésticas são donas da própria agência na Baía de São Francisco",
        summary="Mulheres migrantes que faziam faxina por meio de agências hoje administram uma "
        "cooperativa que fixa preços justos, paga os dias de doença e faz campanha ao lado do "
        "sindicato das trabalhadoras domésticas.",
        organisation="Cooperativa de Cuidado Domiciliar Casa Común",
        locality="Oakland, Califórnia",
        introduction="As agências ficavam com até metade do que os clientes pagavam, e o "
        "trabalho não dava direito a dias de doença nem a formação. Onze mulheres, a maioria do "
        "México e da América Central, decidiram criar sua própria cooperativa com a ajuda de "
        "uma organização local que apoia cooperativas de trabalho.",
        sections=(
            (
                "Preços que fecham a conta",
                "As cooperadas calcularam quanto precisavam ganhar em um ano, somaram o seguro e "
                "a formação e fixaram um valor por hora divulgado publicamente. Uma parte de "
                "cada hora vai para um fundo de dias de doença, e os novos clientes são "
                "divididos em rodízio.",
            ),
            (
                "Com o sindicato",
                "A cooperativa atua com o sindicato das trabalhadoras domésticas em uma campanha "
                "por um programa municipal que encaminhe idosos a cooperativas de cuidado "
                "domiciliar. As cooperadas falam nas assembleias sindicais, e organizadoras do "
                "sindicato formam as novas cooperadas.",
            ),
        ),
        quote=(
            "Na agência eu era um número. Aqui eu voto e sei para onde vai cada dólar.",
            "cooperada fundadora",
        ),
        figures=(
            ("38", "trabalhadoras donas da cooperativa"),
            ("5", "dias de doença pagos por ano para cada cooperada"),
            ("0", "taxas de agência"),
        ),
        toolkit_note="O guia que as fundadoras gostariam de ter tido.",
        caption="Oakland, onde atua a Cooperativa de Cuidado Domiciliar Casa Común.",
    ),
    "roubaix-csa-climate-alliance": StoryTranslation(
        title="Em Roubaix, um grupo de consumo solidário e ativistas do clima plantam uma horta "
        "em terreno municipal",
        summary="Um grupo de agricultura sustentada pela comunidade se aliou a ativistas locais "
        "do clima para convencer a prefeitura a arrendar um terreno baldio a um jovem "
        "horticultor.",
        organisation="AMAP des Trois Ponts",
        locality="Roubaix, Altos da França",
        introduction="O grupo tinha sessenta famílias associadas e um agricultor a quarenta "
        "quilômetros. No mesmo bairro, ativistas do clima faziam campanha contra um "
        "estacionamento previsto em uma faixa de terreno baldio. Os dois grupos se conheceram "
        "em um debate público.",
        sections=(
            (
                "Uma proposta conjunta",
                "Juntos, propuseram uma horta no lugar do estacionamento, com o grupo garantindo "
                "a renda do horticultor por meio dos contratos de seus associados. A prefeitura "
                "aceitou um arrendamento ambiental para um jovem horticultor.",
            ),
            (
                "Uma fazenda na cidade",
                "Hoje a horta fornece cestas semanais a noventa famílias, vinte delas com cestas "
                "pagas em parte pela assistência social do município. Turmas de escolas visitam "
                "a horta todo mês, e o coletivo do clima promove oficinas de compostagem no "
                "local.",
            ),
        ),
        quote=(
            "Os ativistas trouxeram a energia, e o grupo trouxe um plano para pagar um "
            "agricultor. Precisávamos das duas coisas.",
            "horticultor",
        ),
        figures=(
            ("1,4 ha", "de terreno baldio que voltou a ser cultivado"),
            ("90", "famílias que recebem cestas semanais"),
            ("20", "cestas solidárias"),
        ),
        toolkit_note="Os acordos que grupos de agricultura sustentada pela comunidade firmaram "
        "com prefeituras.",
        caption="Roubaix, onde atua a AMAP des Trois Ponts.",
    ),
    "bobo-dioulasso-shea-butter-agroecology": StoryTranslation(
        title="Mulheres do karité se unem ao movimento agroecológico em Burkina Faso",
        summary="Uma união de grupos de mulheres produtoras de manteiga de karité se aliou ao "
        "movimento nacional de agroecologia para proteger os parques de karité e levar sua "
        "manteiga à merenda escolar.",
        organisation="Union des productrices de karité du Houet",
        introduction="O karité cresce espontaneamente nos campos, e as mulheres coletam e "
        "processam suas castanhas há gerações. À medida que os campos eram desmatados para o "
        "algodão, as árvores desapareciam, e com elas uma importante fonte de renda das "
        "mulheres.",
        sections=(
            (
                "Causa comum com os agricultores",
                "A união aderiu à plataforma nacional de agroecologia, que fazia campanha por "
                "práticas agrícolas que mantêm as árvores nos campos. Juntas, conseguiram um "
                "decreto regional que protege os parques de karité.",
            ),
            (
                "Dos parques à merenda",
                "Com parceiros do comércio justo, a união agora fornece manteiga de karité para "
                "a merenda das escolas da região e para uma campanha de alimentação escolar no "
                "exterior. Seus grupos de poupança financiam as prensas e os secadores de que as "
                "integrantes precisam.",
            ),
        ),
        quote=(
            "Quando se corta um pé de karité, é a renda de uma mulher que cai.",
            "presidenta da união",
        ),
        figures=(
            ("2.600", "mulheres em 48 grupos"),
            ("95 t", "de manteiga de karité vendidas em um ano"),
            ("1", "decreto regional que protege os parques de karité"),
        ),
        toolkit_note="A campanha que levou a manteiga da união à merenda escolar.",
        caption="Bobo-Dioulasso, onde atua a Union des productrices de karité du Houet.",
    ),
    "lisbon-migrant-women-catering-cooperative": StoryTranslation(
        title="Cooperativa de culinária de mulheres migrantes abre as portas em Lisboa",
        summary="Mulheres de Cabo Verde, do Brasil, do Nepal e da Síria administram uma "
        "cooperativa de bufê nascida de uma cozinha comunitária, com apoio de coletivos "
        "antirracistas e da incubadora da cidade.",
        organisation="Cooperativa Mesa do Mundo",
        locality="Lisboa",
        introduction="As mulheres se conheceram em uma cozinha comunitária mantida por uma "
        "associação antirracista, cozinhando para as festas do bairro. Os clientes viviam "
        "perguntando se podiam encomendar refeições, e assim nasceu a ideia de uma "
        "cooperativa.",
        sections=(
            (
                "Vencer a papelada",
                "Várias fundadoras não tinham autorização de residência nem diplomas "
                "reconhecidos. A associação e um coletivo de advogados as acompanharam no "
                "registro, e a incubadora de cooperativas da cidade emprestou uma cozinha "
                "profissional.",
            ),
            (
                "Crescer com o bairro",
                "A cooperativa levantou parte do capital inicial vendendo pequenas quotas a "
                "vizinhos e clientes. Hoje fornece refeições para duas escolas e uma dúzia de "
                "empresas, e forma outras mulheres migrantes em sua cozinha.",
            ),
        ),
        quote=(
            "Cada uma de nós trouxe receitas de casa. Juntas, trouxemos um negócio.",
            "cozinheira e presidenta da cooperativa",
        ),
        figures=(
            ("14", "cooperadas de 6 países"),
            ("230", "vizinhos e clientes que compraram quotas"),
            ("2", "contratos com escolas"),
        ),
        toolkit_note="O que os municípios podem fazer para apoiar cooperativas de migrantes.",
        caption="Lisboa, onde atua a Cooperativa Mesa do Mundo.",
    ),
    "valparaiso-migrant-cleaning-cooperative": StoryTranslation(
        title="Trabalhadores migrantes e um sindicato fundam uma cooperativa de limpeza em "
        "Valparaíso",
        summary="Trabalhadores haitianos e venezuelanos, com o apoio de um sindicato portuário, "
        "formaram uma cooperativa de limpeza que hoje tem contratos com a universidade e com o "
        "porto.",
        organisation="Cooperativa de Trabajo Puerto Abierto",
        introduction="Migrantes recém-chegados à cidade portuária trabalhavam como diaristas "
        "para empresas terceirizadas que pagavam com atraso e muitas vezes nem pagavam. O "
        "sindicato portuário, que tinha visto isso acontecer nas próprias docas, ofereceu "
        "ajuda.",
        sections=(
            (
                "Um sindicato como sócio fundador",
                "O sindicato emprestou seu escritório e seu advogado e apresentou a cooperativa "
                "à autoridade portuária. Os cooperados aprenderam gestão cooperativa em aulas "
                "noturnas dadas em espanhol e em crioulo haitiano.",
            ),
            (
                "Contratos e direitos",
                "A cooperativa ganhou contratos de limpeza na universidade e em prédios do "
                "porto. Os cooperados têm contratos por escrito, previdência social e um "
                "procedimento de reclamações acordado com o sindicato.",
            ),
        ),
        quote=(
            "O sindicato nos viu como trabalhadores, não como estrangeiros. Foi aí que tudo "
            "começou.",
            "secretário da cooperativa",
        ),
        figures=(
            ("52", "cooperados de 3 países"),
            ("2", "grandes contratos de limpeza"),
            ("100%", "dos cooperados com previdência social"),
        ),
        toolkit_note="Os obstáculos que fundadores migrantes enfrentam, e as soluções "
        "encontradas pelos municípios.",
    ),
    "recife-community-bank-local-currency": StoryTranslation(
        title="Um banco comunitário e sua moeda em um bairro do Recife",
        summary="Moradores de um bairro à beira do rio administram um banco comunitário que "
        "empresta a baixo custo e emite uma moeda social, e escreveram um manual para outros "
        "bairros.",
        organisation="Banco Comunitário Maré Alta",
        introduction="Em um bairro onde nenhum banco tinha agência, os moradores pegavam "
        "dinheiro emprestado com agiotas a juros abusivos. A associação de moradores decidiu "
        "criar o próprio banco.",
        sections=(
            (
                "Crédito baseado na confiança",
                "Os vizinhos dão aval uns aos outros em vez de oferecer garantias. A maioria de "
                "quem toma empréstimo são mulheres que mantêm em casa pequenas vendas, oficinas "
                "de costura ou bancas de comida.",
            ),
            (
                "Uma moeda que fica no bairro",
                "O banco emite uma moeda social lastreada em reais. As lojas que a aceitam dão "
                "descontos, e a prefeitura paga nela parte de um programa de transferência de "
                "renda. A equipe do banco transformou sua experiência em um manual.",
            ),
        ),
        quote=(
            "Antes do banco, o dinheiro entrava no dia do pagamento e saía na mesma tarde.",
            "fundadora da associação de moradores",
        ),
        figures=(
            ("1.600", "empréstimos concedidos"),
            ("180", "lojas que aceitam a moeda social"),
            ("3%", "dos empréstimos em atraso"),
        ),
        toolkit_note="O manual que a equipe do banco escreveu para outros bairros.",
        caption="Recife, onde atua o Banco Comunitário Maré Alta.",
    ),
    "oaxaca-indigenous-coffee-cooperative": StoryTranslation(
        title="Cafeicultores zapotecas registram sua colheita, e as políticas públicas",
        summary="Uma cooperativa indígena de café da serra de Oaxaca criou uma ferramenta "
        "simples de rastreabilidade e ajudou a alimentar o monitor regional de políticas "
        "públicas de ESS.",
        organisation="Unión de Comunidades Cafetaleras de la Sierra",
        introduction="O café das comunidades da Serra cresce à sombra da floresta e é governado "
        "por assembleias comunitárias. A cooperativa o vende por canais de comércio justo, que "
        "exigem registros precisos de cada produtor.",
        sections=(
            (
                "Registros que todos conseguem ler",
                "Jovens cooperados criaram uma planilha e um caderno de papel que funcionam "
                "juntos: a colheita, a qualidade e o pagamento de cada família são registrados e "
                "lidos em voz alta na assembleia comunitária, em zapoteca e em espanhol.",
            ),
            (
                "Acompanhar as políticas públicas",
                "Os mesmos jovens agora coletam dados para o monitor latino-americano de "
                "políticas de ESS: programas estaduais, orçamentos e se as cooperativas têm voz "
                "neles.",
            ),
        ),
        quote=(
            "Se a assembleia não consegue ler os registros, eles não são nossos registros.",
            "integrante do comitê de jovens da cooperativa",
        ),
        figures=(
            ("19", "comunidades na união"),
            ("640", "famílias cafeicultoras"),
            ("100%", "da colheita cultivada à sombra da floresta"),
        ),
        toolkit_note="O monitor que o comitê de jovens ajuda a atualizar.",
    ),
    "pisac-native-potato-seed-guardians": StoryTranslation(
        title="Guardiões de sementes do Vale Sagrado compartilham suas batatas com o Nepal",
        summary="Guardiões quíchuas de sementes, que conservam centenas de variedades de batata "
        "nativa, receberam agricultoras do Nepal, e os dois grupos escreveram um guia sobre "
        "bancos comunitários de sementes.",
        organisation="Guardiões da Batata Nativa de Pisac",
        introduction="Em seis comunidades acima do Vale Sagrado, famílias conservam centenas de "
        "variedades de batata nativa, cultivadas em diferentes altitudes para dividir o risco "
        "de geada e de seca. O banco de sementes delas funciona como uma cooperativa.",
        sections=(
            (
                "Um intercâmbio do outro lado do mundo",
                "Agricultoras de uma cooperativa florestal de mulheres do Nepal passaram duas "
                "semanas com os guardiões, comparando o armazenamento de sementes, os terraços e "
                "a forma como cada comunidade decide quem recebe sementes.",
            ),
            (
                "Um guia escrito a quatro mãos",
                "Os dois grupos escreveram um guia sobre bancos comunitários de sementes em "
                "espanhol e em inglês, com desenhos em vez de textos longos. Ele é usado por "
                "redes de sementes nas duas regiões.",
            ),
        ),
        quote=(
            "As montanhas delas são mais altas que as nossas, mas as perguntas eram as mesmas.",
            "guardiã de sementes",
        ),
        figures=(
            ("6", "comunidades"),
            ("420", "variedades de batata nativa conservadas"),
            ("2", "semanas de intercâmbio com agricultoras nepalesas"),
        ),
        toolkit_note="O guia que os guardiões escreveram com as visitantes nepalesas.",
        caption="Pisac, onde atuam os Guardiões da Batata Nativa.",
    ),
    "pokhara-women-forest-cooperative": StoryTranslation(
        title="Uma cooperativa florestal de mulheres perto de Pokhara aprende com guardiões de "
        "sementes andinos",
        summary="Uma cooperativa de mulheres que maneja uma floresta comunitária visitou "
        "guardiões de sementes no Peru e criou um banco de sementes para as culturas de "
        "montanha de suas aldeias.",
        organisation="Cooperativa Florestal de Mulheres do Rio Seti",
        locality="Kaski, perto de Pokhara",
        introduction="As cooperadas manejam uma floresta comunitária, vendem pratos de folhas e "
        "produtos de ervas e mantêm um fundo de poupança. Muitas vêm de comunidades indígenas "
        "das colinas cujas culturas tradicionais estavam desaparecendo.",
        sections=(
            (
                "Duas semanas nos Andes",
                "Três cooperadas viajaram ao Peru para passar duas semanas em um banco "
                "comunitário de sementes. Voltaram com ideias para guardar sementes sem "
                "eletricidade e para emprestar sementes devolvidas depois da colheita.",
            ),
            (
                "Um banco de sementes no escritório florestal",
                "O escritório florestal da cooperativa agora guarda variedades locais de ragi, "
                "trigo-sarraceno e feijão. As cooperadas contam o que aprenderam nas reuniões "
                "distritais dos grupos de usuários da floresta.",
            ),
        ),
        quote=(
            "Fomos aprender sobre batatas e voltamos com um plano para as nossas próprias "
            "sementes.",
            "presidenta da cooperativa",
        ),
        figures=(
            ("310", "cooperadas"),
            ("180 ha", "de floresta comunitária manejados"),
            ("26", "variedades locais no banco de sementes"),
        ),
        toolkit_note="O guia de bancos de sementes escrito depois do intercâmbio.",
        caption="Kaski, onde atua a Cooperativa Florestal de Mulheres do Rio Seti.",
    ),
}

TOOLKITS = {
    "municipal-sse-council-guide": ToolkitTranslation(
        title="Criar um conselho municipal de ESS: guia passo a passo",
        summary="Como redes de ESS e prefeituras do Cone Sul criaram conselhos conjuntos que se "
        "reúnem todo mês, compartilham uma rubrica orçamentária e escrevem juntos a política "
        "local de ESS.",
        description="Escrito por redes associadas depois de dez anos de conselhos municipais "
        "no Uruguai, na Argentina e no Brasil, o guia percorre a carta de fundação, a eleição "
        "de representantes e o plano de trabalho anual. Duas prefeituras o usaram para "
        "transformar mesas informais em conselhos previstos em lei municipal.",
        publisher="Rede de Municípios Solidários do Cone Sul",
    ),
    "recycling-cooperative-contract-template": ToolkitTranslation(
        title="Modelo de contrato de serviço entre um município e uma cooperativa de reciclagem",
        summary="Um contrato editável que remunera as cooperativas de reciclagem pelo serviço "
        "de coleta que prestam, e não só pelos materiais que vendem.",
        description="Negociado por cooperativas de reciclagem e dois municípios do Rio da "
        "Prata, o modelo fixa um valor mensal por domicílio atendido, obrigações de saúde e "
        "segurança para ambas as partes e um comitê conjunto que avalia o serviço a cada "
        "trimestre.",
        publisher="Aliança de Cooperativas de Reciclagem do Rio da Prata",
        sections=("Cláusula 3: Remuneração do serviço", "Cláusula 8: Saúde e segurança"),
    ),
    "community-bank-handbook": ToolkitTranslation(
        title="Criar um banco comunitário de desenvolvimento e uma moeda social",
        summary="Um manual do Nordeste brasileiro sobre bancos comunitários que emprestam a "
        "baixo custo e emitem uma moeda social aceita pelo comércio do bairro.",
        description="Bancos comunitários do Nordeste do Brasil escreveram este manual para "
        "associações de moradores que querem criar o seu. Ele trata da assembleia "
        "comunitária, do comitê de crédito, da impressão e do lastro de uma moeda social e da "
        "parceria com um banco público.",
        publisher="Rede Nordeste de Bancos Comunitários",
    ),
    "domestic-workers-cooperative-guide": ToolkitTranslation(
        title="Como criar uma cooperativa de trabalhadoras domésticas",
        summary="Um guia prático para trabalhadoras domésticas que querem ser donas da própria "
        "agência: fixar preços justos, dividir clientes e garantir dias de doença pagos e "
        "formação às cooperadas.",
        description="Escrito com cooperativas de trabalhadoras domésticas da Califórnia e da "
        "Cidade do México, o guia explica como registrar a cooperativa, como calcular o preço "
        "dos serviços para que as cooperadas tenham uma renda digna e como negociar com "
        "sindicatos e programas municipais.",
        publisher="Rede de Trabalhadoras Cooperadas do Cuidado",
        sections=("Fixar preços justos", "Dividir o trabalho com justiça"),
    ),
    "participatory-sse-mapping": ToolkitTranslation(
        title="Mapear a ESS do seu território: um método participativo",
        summary="Um método e um modelo de planilha para mapear as cooperativas, associações e "
        "coletivos informais de um território com as pessoas que os fazem funcionar.",
        description="O método já foi usado em uma dúzia de cidades em quatro continentes. "
        "Voluntários e organizações de ESS preenchem um formulário comum; os resultados "
        "alimentam um mapa aberto e as evidências que as redes levam aos governos locais.",
    ),
    "indigenous-led-enterprises-case-studies": ToolkitTranslation(
        title="Empreendimentos liderados por povos indígenas: oito estudos de caso",
        summary="Oito empreendimentos de propriedade e gestão de comunidades indígenas, de "
        "redes têxteis andinas a pescarias do Pacífico, e as políticas públicas que os "
        "ajudaram ou atrapalharam.",
        description="Cada estudo de caso foi escrito com a comunidade envolvida e aprovado por "
        "sua própria instância de governo antes da publicação. A coletânea termina com lições "
        "para as políticas públicas sobre direitos territoriais, propriedade coletiva e acesso "
        "aos mercados públicos.",
        sections=("Como os casos foram escritos", "Lições para as políticas públicas"),
    ),
    "african-sse-advocacy-agenda": ToolkitTranslation(
        title="Uma agenda continental de advocacy para a ESS na África",
        summary="Dez prioridades acordadas por redes nacionais de ESS de toda a África, a serem "
        "levadas à União Africana, às comunidades econômicas regionais e aos governos "
        "nacionais.",
        description="A agenda foi adotada em um fórum continental depois de um ano de consultas "
        "nacionais. Ela trata de leis-marco, economia informal, acesso das mulheres ao "
        "financiamento, emprego para a juventude e soberania alimentar, com um calendário dos "
        "momentos-chave de advocacy.",
        publisher="Plataforma Pan-Africana de Advocacy pela ESS",
    ),
    "latin-american-sse-policy-tracker": ToolkitTranslation(
        title="Monitor de políticas públicas de ESS na América Latina",
        summary="Uma planilha e um método para acompanhar leis, programas e orçamentos de ESS em "
        "dez países latino-americanos, atualizados todo ano pelas redes nacionais.",
        description="As redes nacionais atualizam o monitor todo mês de março. Ele registra "
        "leis e decretos, o órgão de governo responsável, o orçamento anual e se as "
        "organizações de ESS participam de uma instância formal de diálogo.",
        publisher="Observatório Latino-Americano de Políticas de ESS",
    ),
    "cooperatives-with-migrants-guide": ToolkitTranslation(
        title="Cooperativas com e para migrantes: guia para municípios",
        summary="Como os municípios podem apoiar cooperativas fundadas por migrantes: "
        "reconhecendo diplomas estrangeiros, abrindo incubadoras e removendo barreiras ao "
        "registro.",
        description="Com base em cooperativas lideradas por migrantes em Lisboa, Valparaíso e "
        "Barcelona, o guia lista os obstáculos administrativos que os migrantes enfrentam ao "
        "criar uma cooperativa e o que as prefeituras fizeram para removê-los.",
        publisher="Rede Cidades Solidárias e Migração",
    ),
    "climate-justice-sse-campaign": ToolkitTranslation(
        title="Justiça climática e ESS: kit de campanha conjunta",
        summary="Um kit para ações conjuntas de redes de ESS e movimentos pelo clima: "
        "reivindicações comuns, um modelo de release para a imprensa e ideias de eventos "
        "públicos sobre energia, alimentação e resíduos.",
        description="Produzido com grupos de justiça climática para uma semana de ação, o kit "
        "propõe três reivindicações comuns sobre energia comunitária, agroecologia e "
        "cooperativas de lixo zero, e um modelo de release para adaptar à realidade local.",
        sections=("Três reivindicações comuns", "Modelo de release para a imprensa"),
    ),
    "feminist-economy-workshops": ToolkitTranslation(
        title="Economia feminista e ESS: guia para oficinas conjuntas",
        summary="Um guia de facilitação para oficinas que reúnem organizações feministas e "
        "redes de ESS em torno do trabalho de cuidado, do trabalho não remunerado e da "
        "liderança das mulheres.",
        description="Coletivos feministas e redes de ESS da América Latina criaram as oficinas. "
        "Elas começam com um exercício sobre o uso do tempo e terminam com propostas conjuntas "
        "de serviços públicos de cuidado geridos por cooperativas.",
        publisher="Coletiva Feminista de Economia Solidária",
    ),
    "local-food-councils-brief": ToolkitTranslation(
        title="Conselhos municipais de segurança alimentar e ESS: opções de política",
        summary="Opções de política para cidades que querem um conselho de alimentação no qual "
        "cooperativas de agricultores, cozinhas comunitárias e consumidores ajudem a definir a "
        "política alimentar local.",
        description="A nota compara conselhos de alimentação do Canadá, do Brasil e do Senegal, "
        "e os poderes que têm sobre a alimentação escolar, os mercados municipais e a terra. "
        "Ela termina com um modelo de resolução municipal.",
        publisher="Cidades pela Soberania Alimentar",
    ),
    "worker-buyouts-legal-pathways": ToolkitTranslation(
        title="Empresas recuperadas pelos trabalhadores: caminhos jurídicos",
        summary="Os caminhos legais pelos quais trabalhadores podem assumir, como cooperativa, "
        "uma empresa que fecha ou vai à falência, comparados entre Argentina, Itália e França.",
        description="Advogados que acompanharam empresas recuperadas descrevem os caminhos da "
        "falência, do arrendamento e da compra, o papel dos tribunais e dos fundos públicos, e "
        "as armadilhas que puseram fim a algumas recuperações.",
        publisher="Clínica Jurídica de Empresas Recuperadas",
        sections=("Três caminhos", "Erros a evitar"),
    ),
    "community-seed-banks": ToolkitTranslation(
        title="Bancos comunitários de sementes geridos como cooperativas",
        summary="Como comunidades agricultoras podem guardar sementes nativas em um banco "
        "cooperativo: coletar, armazenar e emprestar sementes e defender o direito dos "
        "agricultores de guardá-las.",
        description="Guardiões de sementes dos Andes, do leste da Índia e do Nepal escreveram o "
        "guia juntos depois de visitas de intercâmbio. Ele trata do armazenamento sem "
        "eletricidade, dos empréstimos de sementes pagos em sementes e do advocacy sobre as "
        "leis de sementes.",
        publisher="Intercâmbio de Guardiões de Sementes",
        sections=("Guardar sem eletricidade", "Emprestar sementes"),
    ),
    "citizen-shareholding-guide": ToolkitTranslation(
        title="Acionistas cidadãos e financiamento coletivo para a ESS",
        summary="Como cooperativas e empresas sociais podem captar recursos com seus associados "
        "e vizinhos, e quais regras públicas tornam isso seguro e simples.",
        description="Cooperativas da Bélgica e de Portugal compartilham as ofertas de quotas, "
        "os títulos comunitários e as campanhas de financiamento coletivo que usaram, e as "
        "regras que pedem aos governos para proteger os pequenos poupadores.",
        publisher="Fórum Europeu das Cooperativas de Finanças Éticas",
    ),
    "un-advocacy-kit": ToolkitTranslation(
        title="Tomar a palavra nas Nações Unidas: kit de advocacy para redes de ESS",
        summary="Como as redes de ESS podem participar dos processos da ONU: quais reuniões "
        "importam, como se inscrever, como preparar uma declaração de dois minutos e como dar "
        "seguimento no próprio país.",
        description="O kit reúne a experiência da rede em comissões da ONU, fóruns regionais e "
        "processos de revisão. Inclui um modelo de calendário, uma declaração modelo e "
        "orientações para trabalhar com governos aliados e agências da ONU.",
    ),
}

PACK = LanguagePack(
    language="pt",
    site=SITE,
    phrases=PHRASES,
    alt_text=ALT_TEXT,
    stories=STORIES,
    toolkits=TOOLKITS,
)
