"""Spanish translation of the demo content (see translation_content.py for its shape).

Neutral Spanish for readers on both sides of the Atlantic; "incidencia" for advocacy, as the
network's Latin American members say.
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
        "El <b>SSE Policy Exchange</b> reúne historias del trabajo local de la economía social "
        "y solidaria y las herramientas de incidencia que lo acompañan, para que las redes de "
        "todos los continentes aprendan unas de otras y co-construyan políticas públicas con "
        "sus gobiernos.",
        "Este es un contenido de demostración: las organizaciones, personas, citas y cifras son "
        "ficticias; los lugares y los tipos de trabajo son reales.",
    ),
    stories_title="Historias",
    stories_introduction="El trabajo local de la ESS en todos los continentes, contado por "
    "quienes lo hacen.",
    toolkits_title="Cajas de herramientas",
    toolkits_introduction="Herramientas de incidencia que funcionaron en algún lugar, listas "
    "para usarse en otros.",
)

PHRASES = {
    "What's inside": "Contenido",
    "Among the sections:": "Algunas de sus secciones:",
    "In figures": "En cifras",
    "At a glance": "De un vistazo",
    "The numbers": "Los números",
    "SSE Policy Exchange (generated illustration)": "SSE Policy Exchange (ilustración generada)",
    "SSE Policy Exchange": "SSE Policy Exchange",
    "Editable template (DOCX)": "Plantilla editable (DOCX)",
    "Modèle modifiable (DOCX)": "Plantilla editable (DOCX)",
    "Survey form (DOCX)": "Formulario de encuesta (DOCX)",
    "Exercises (DOCX)": "Ejercicios (DOCX)",
}

ALT_TEXT = AltText(
    template="Ilustración: {scene}, en tonos {land}, bajo {sky}",
    template_without_sky="Ilustración: {scene}, en tonos {land}",
    scenes={
        "rolling hills with a low sun": "colinas onduladas con el sol bajo",
        "rolling hills with the sun high above": "colinas onduladas con el sol en lo alto",
        "terraced hillsides": "laderas en terrazas",
        "a patchwork of ploughed fields": "un mosaico de campos arados",
        "a coastline with waves and a headland": "una costa con olas y un promontorio",
        "a row of small houses with lit windows in front of hills": "una hilera de casitas con "
        "las ventanas iluminadas frente a unas colinas",
        "a woven textile pattern of stripes and diamonds": "un diseño textil tejido de franjas "
        "y rombos",
    },
    lands={
        "dawn": "verdes, de suaves a intensos",
        "dusk": "ciruela y berenjena",
        "noon": "ocre y oliva",
        "rain": "verde mar",
        "desert": "terracota y óxido",
        "highland": "musgo y caqui",
        "tropic": "verdes tropicales vivos",
        "night": "azul tinta",
        "autumn": "coral y rojo ladrillo",
        "lagoon": "azul laguna",
    },
    skies={
        "dawn": "un cielo pálido de amanecer",
        "dusk": "un cielo crepuscular violeta y naranja",
        "noon": "un cielo azul despejado",
        "rain": "un cielo gris de temporada de lluvias",
        "desert": "un cielo ámbar y caluroso",
        "highland": "un frío cielo de altura",
        "tropic": "un cielo turquesa",
        "night": "un cielo nocturno azul profundo",
        "autumn": "un cielo dorado de otoño",
        "lagoon": "un cielo costero luminoso",
    },
)

STORIES = {
    "montevideo-recycling-cooperative-contract": StoryTranslation(
        title="Pagados por el servicio, no solo por la chatarra: los recicladores de Montevideo "
        "firman un contrato",
        summary="Una cooperativa de antiguos clasificadores informales recoge ahora residuos "
        "separados en cuatro barrios con un contrato de servicio municipal, con un pago "
        "mensual, equipos de protección y una nave de clasificación techada.",
        organisation="Cooperativa de reciclaje Reciclar Juntos",
        introduction="Durante años, los integrantes de Reciclar Juntos tiraron de sus carros "
        "por las calles antes del amanecer y vendieron lo que encontraban a intermediarios, al "
        "precio que les ofrecieran. Su trabajo evitaba que toneladas de cartón y plástico "
        "terminaran en el vertedero, pero nadie les pagaba por ello.",
        sections=(
            (
                "Tres años de negociación",
                "Con el respaldo de la red nacional de recicladores, la cooperativa pidió a la "
                "intendencia que tratara la recolección selectiva como un servicio público. Tras "
                "un piloto en un barrio y un estudio del ahorro en costos de disposición final, "
                "la intendencia firmó un contrato que paga una cuota mensual por hogar atendido.",
            ),
            (
                "Qué cambió para sus integrantes",
                "Ahora trabajan en turnos diurnos, usan equipo de protección y tienen seguro de "
                "salud gracias a sus aportes. Los ingresos por la venta de materiales siguen "
                "yendo a la cooperativa, que con sus primeros ahorros empezó a comprar una "
                "pequeña prensa enfardadora.",
            ),
        ),
        quote=(
            "Siempre hicimos un trabajo público. Ahora la intendencia lo dice por escrito, y lo "
            "paga.",
            "presidenta de Reciclar Juntos",
        ),
        figures=(
            ("48", "integrantes, 31 de ellas mujeres"),
            ("4", "barrios atendidos por contrato"),
            ("620 t", "de materiales recuperados el primer año"),
        ),
        toolkit_note="El contrato que firmó la cooperativa, como plantilla editable.",
        caption="Montevideo, donde trabaja la cooperativa de reciclaje Reciclar Juntos.",
    ),
    "durban-street-traders-bylaw": StoryTranslation(
        title="Vendedores ambulantes ayudan a reescribir el reglamento de comercio informal de "
        "Durban",
        summary="Una cooperativa de vendedores ambulantes consiguió un lugar en el comité que "
        "revisaba las normas municipales de comercio informal y sustituyó los decomisos por un "
        "sistema de permisos que ayudó a diseñar.",
        organisation="Cooperativa de Comerciantes de Berea Road",
        introduction="Quienes venden fruta, hierbas y comida preparada cerca de la parada de "
        "taxis perdían su mercadería en redadas policiales varias veces al año. Muchas son "
        "mujeres, y buena parte llegó de países vecinos. En 2019 formaron una cooperativa para "
        "comprar juntos y hablar con una sola voz.",
        sections=(
            (
                "Un lugar en la mesa",
                "Cuando el municipio anunció la revisión de su reglamento de comercio, la "
                "cooperativa pidió participar y llevó mapas de cada puesto, dibujados por los "
                "propios comerciantes. El reglamento revisado crea permisos renovables en línea "
                "y prohíbe el decomiso de productos perecederos.",
            ),
            (
                "Más allá del reglamento",
                "Hoy la cooperativa gestiona un pequeño fondo de ahorro y una sociedad funeraria "
                "para sus socios, y negocia con la ciudad techos y agua corriente en el mercado. "
                "Su próxima meta es que las organizaciones de comerciantes sean reconocidas en "
                "el plan provincial de desarrollo económico.",
            ),
        ),
        quote=(
            "Antes nos contaban como un problema. Nuestro mapa les mostró cuatrocientos pequeños "
            "negocios que alimentan a toda la estación.",
            "tesorera de la cooperativa de comerciantes",
        ),
        figures=(
            ("412", "puestos mapeados por los comerciantes"),
            ("0", "decomisos desde que entró en vigor el nuevo reglamento"),
            ("70 %", "de los socios son mujeres"),
        ),
        toolkit_note="Cómo las mutuales pueden incorporar a trabajadores informales a la "
        "protección social.",
    ),
    "bogota-school-meals-cooperatives": StoryTranslation(
        title="Cooperativas campesinas en el menú de los comedores escolares de Bogotá",
        summary="Un lote reservado en el programa de alimentación escolar permite a "
        "cooperativas campesinas de la sabana de Bogotá llevar frutas, verduras y lácteos a "
        "los colegios públicos.",
        organisation="Cooperativa campesina Sabores de la Sabana",
        introduction="Los pequeños productores a dos horas de la capital tenían dificultades "
        "para vender a un precio justo, mientras los colegios de la ciudad compraban verduras "
        "a grandes mayoristas. Doce asociaciones de productores formaron una cooperativa de "
        "segundo nivel para cambiar eso.",
        sections=(
            (
                "Un lote propio",
                "La cooperativa y la Secretaría de Educación de la ciudad diseñaron un lote "
                "reservado para organizaciones de agricultura familiar en la licitación de "
                "alimentación escolar, con calendarios de entrega que los campesinos pudieran "
                "cumplir y pago a treinta días.",
            ),
            (
                "Niñas y niños que saben de dónde viene la comida",
                "Cada colegio que compra a la cooperativa recibe durante el año la visita de un "
                "campesino. El alumnado sembró huertas escolares con semillas de la "
                "cooperativa, y algunas familias ya compran canastas directamente.",
            ),
        ),
        quote=(
            "El pago a treinta días lo cambió todo. Antes no podíamos esperar tres meses a que "
            "nos pagaran.",
            "productora de leche e integrante del consejo de administración",
        ),
        figures=(
            ("12", "asociaciones de productores en la cooperativa"),
            ("86", "colegios públicos abastecidos"),
            ("30 días", "de plazo máximo de pago en el contrato"),
        ),
        toolkit_note="Las opciones jurídicas detrás de los contratos públicos reservados.",
        caption="Bogotá, donde trabaja la cooperativa campesina Sabores de la Sabana.",
    ),
    "rosario-municipal-sse-council": StoryTranslation(
        title="El consejo de la ESS de Rosario cumple diez años",
        summary="Un consejo de cooperativas, fábricas recuperadas y la municipalidad se reúne "
        "todos los meses desde hace diez años. Sobrevivió a tres intendentes porque quedó "
        "escrito en una ordenanza municipal.",
        organisation="Consejo Solidario del Litoral",
        introduction="El consejo nació como una mesa de diálogo tras una ola de cierres de "
        "fábricas, cuando los trabajadores de varias empresas formaron cooperativas para "
        "conservar sus puestos. Diez años después reúne a cuarenta organizaciones y cuatro "
        "secretarías municipales.",
        sections=(
            (
                "Escrito en la ley",
                "Los miembros fundadores insistieron en una ordenanza y no en un decreto. La "
                "ordenanza fija una reunión mensual, una partida presupuestaria para programas "
                "de ESS y el derecho del consejo a opinar sobre el plan económico de la ciudad.",
            ),
            (
                "Lo que logró el consejo",
                "Entre sus resultados están una feria municipal de productos cooperativos, un "
                "fondo para que las empresas recuperadas reparen su maquinaria y un programa de "
                "compras que adquiere los guardapolvos escolares a cooperativas textiles.",
            ),
        ),
        quote=(
            "Los intendentes van y vienen. La ordenanza queda, y el consejo también.",
            "integrante de una cooperativa metalúrgica recuperada",
        ),
        figures=(
            ("120", "reuniones mensuales realizadas"),
            ("40", "organizaciones miembro"),
            ("3", "intendentes con los que trabajó el consejo"),
        ),
        toolkit_note="La guía paso a paso que el consejo ayudó a escribir.",
    ),
    "pamplona-work-integration-enterprises": StoryTranslation(
        title="Los contratos reservados dan futuro a las empresas de inserción en Navarra",
        summary="Las empresas de inserción, que contratan a personas excluidas del empleo "
        "durante mucho tiempo, tienen ahora una parte garantizada de los contratos regionales "
        "de limpieza y jardinería.",
        organisation="Inserta Navarra, asociación de empresas de inserción",
        locality="Pamplona (Navarra)",
        introduction="Las empresas de inserción de la región emplean durante dos o tres años a "
        "personas que salen del desempleo de larga duración o de prisión, o que acaban de "
        "migrar, antes de que pasen a otros empleos. Su problema eran unos ingresos "
        "inestables, hechos de contratos puntuales.",
        sections=(
            (
                "Una parte reservada por ley",
                "La asociación documentó lo que cada puesto de trabajo costaba a las arcas "
                "públicas en prestaciones y lo que devolvía en impuestos y cotizaciones. El "
                "parlamento foral reservó entonces una parte de los contratos de limpieza, "
                "jardinería y restauración a las empresas de inserción y a los centros "
                "especiales de empleo.",
            ),
            (
                "Contratos estables, mejores itinerarios",
                "Con contratos plurianuales, las empresas pueden planificar la formación y "
                "acompañar a cada trabajador hacia un empleo en el mercado ordinario. Más de la "
                "mitad de quienes salen encuentran hoy trabajo en un plazo de seis meses.",
            ),
        ),
        quote=(
            "Un contrato de tres años significa que podemos formar bien a alguien en lugar de "
            "correr de un encargo a otro.",
            "gerente de una empresa de inserción de jardinería",
        ),
        figures=(
            ("6 %", "de los contratos regionales reservados"),
            ("540", "personas empleadas en empresas de inserción"),
            ("57 %", "encuentran empleo en los seis meses siguientes a su salida"),
        ),
        toolkit_note="Cómo los gobiernos pueden reservar contratos públicos para la ESS.",
        caption="Pamplona, donde trabaja Inserta Navarra, la asociación de empresas de inserción.",
    ),
    "thies-womens-savings-groups-mutual": StoryTranslation(
        title="Los grupos de ahorro de Thiès llevan sus propuestas al foro continental",
        summary="Grupos de ahorro de mujeres se federaron en una mutual y llevaron a un foro "
        "continental de la ESS su propuesta de crédito sin garantía de tierras.",
        organisation="Union des groupements Jappo",
        introduction="Alrededor de Thiès, decenas de grupos de mujeres se reúnen cada semana "
        "para ahorrar, prestarse dinero y apoyar a sus integrantes en los momentos difíciles. "
        "La mayoría comercia en los mercados o transforma alimentos; pocas tienen títulos de "
        "propiedad que ofrecer a un banco como garantía.",
        sections=(
            (
                "De los grupos a la mutual",
                "Sesenta grupos formaron una unión y luego una mutual de ahorro y crédito "
                "autorizada por el regulador. La mutual presta con la garantía del grupo y no "
                "de la tierra, y mantiene el reembolso por encima del noventa y cinco por "
                "ciento.",
            ),
            (
                "Una propuesta para todo el continente",
                "Con la red nacional de ESS, la unión redactó una propuesta: reconocer las "
                "garantías grupales en las normas bancarias de toda la región. Dos integrantes "
                "la presentaron en el foro continental de la ESS y entró en la agenda "
                "continental de incidencia.",
            ),
        ),
        quote=(
            "Nuestra garantía es nuestro grupo. Le pedimos al foro que lo escribiera en las "
            "normas.",
            "presidenta de la unión",
        ),
        figures=(
            ("60", "grupos de ahorro en la unión"),
            ("1850", "integrantes"),
            ("96 %", "de tasa de reembolso"),
        ),
        toolkit_note="El manual de formación que la unión usa con los grupos nuevos.",
        caption="Thiès, donde trabaja la Union des groupements Jappo.",
    ),
    "el-alto-aymara-weavers-un-forum": StoryTranslation(
        title="Tejedoras aymaras de El Alto toman la palabra en un foro de la ONU",
        summary="Una red de grupos de tejedoras aymaras explicó en un foro de la ONU sobre "
        "cuestiones indígenas cómo las empresas colectivas protegen a la vez los ingresos y "
        "los diseños tradicionales.",
        organisation="Red Andina de Tejedoras Aymaras",
        introduction="Veintidós grupos de tejido de El Alto y de las comunidades altiplánicas "
        "cercanas venden textiles de lana de alpaca y de oveja a través de un taller y una "
        "tienda compartidos. Las copias de sus diseños, producidas en serie en otros lugares, "
        "les quitaban mercado.",
        sections=(
            (
                "Los diseños como patrimonio colectivo",
                "La red documentó el origen de cada diseño con las comunidades que lo custodian "
                "y pidió una protección colectiva en lugar de patentes individuales. Una "
                "ordenanza municipal reconoce ahora los diseños como patrimonio colectivo.",
            ),
            (
                "En las Naciones Unidas",
                "Con el apoyo de los aliados internacionales de la red, dos tejedoras hablaron "
                "en un foro de la ONU sobre cuestiones indígenas. Pidieron a los Estados que "
                "reconozcan las empresas colectivas de los pueblos indígenas en las normas de "
                "comercio y de propiedad intelectual.",
            ),
        ),
        quote=(
            "Cada diseño pertenece a una comunidad. Nosotras lo tejemos, pero no es solo nuestro.",
            "tejedora y delegada de la red",
        ),
        figures=(
            ("22", "grupos de tejido"),
            ("340", "personas tejedoras, casi todas mujeres"),
            ("118", "diseños documentados con sus comunidades"),
        ),
        toolkit_note="La red es uno de los ocho estudios de caso.",
        caption="El Alto, donde trabaja la Red Andina de Tejedoras Aymaras.",
    ),
    "sfax-youth-olive-oil-cooperative": StoryTranslation(
        title="Jóvenes olivicultores de Sfax encuentran un mercado, y una voz",
        summary="Una cooperativa de jóvenes titulados que retomaron los olivares familiares "
        "vende ahora aceite certificado en el extranjero, y habló en nombre de las "
        "cooperativas juveniles en un foro mediterráneo.",
        organisation="Cooperativa Agrícola Juvenil Zitouna",
        introduction="Al volver a los olivares de sus familias, jóvenes titulados descubrieron "
        "que solo podían vender su aceite a granel a grandes exportadores. Veinticuatro de "
        "ellos formaron una cooperativa al amparo de la nueva ley de economía social y "
        "solidaria del país.",
        sections=(
            (
                "Prensar y vender juntos",
                "Durante la cosecha, la cooperativa alquila una pequeña almazara, embotella su "
                "propio aceite y lo vende a través de importadores de comercio justo. Los socios "
                "se reparten el trabajo de la certificación, que ninguno habría podido pagar "
                "solo.",
            ),
            (
                "Una voz para las cooperativas juveniles",
                "En un foro mediterráneo sobre economía social, el presidente de la cooperativa "
                "pidió acceso a la tierra y al crédito para los jóvenes cooperativistas. La "
                "demanda se incorporó a la agenda continental de incidencia de las redes "
                "africanas de ESS.",
            ),
        ),
        quote=(
            "Solos, cada uno tenía unos pocos árboles y una deuda. Juntos tenemos una marca.",
            "presidente de la cooperativa",
        ),
        figures=(
            ("24", "socios jóvenes"),
            ("38 t", "de aceite embotellado en la última cosecha"),
            ("3x", "el precio a granel, para el aceite certificado embotellado"),
        ),
        toolkit_note="Seis talleres para jóvenes que crean una cooperativa.",
    ),
    "quetzaltenango-maya-weavers-collective-designs": StoryTranslation(
        title="Tejedoras mayas defienden sus diseños como propiedad colectiva",
        summary="Una cooperativa de tejedoras k'iche' del altiplano guatemalteco hizo campaña, "
        "junto con otras organizaciones indígenas, por el reconocimiento internacional de los "
        "derechos colectivos sobre los textiles tradicionales.",
        organisation="Cooperativa de tejedoras Ixoq Ajkem",
        introduction="Las socias de la cooperativa tejen huipiles, las blusas bordadas cuyos "
        "diseños identifican a una comunidad. Marcas de moda estampaban esos mismos diseños "
        "en ropa vendida en todo el mundo sin pedir permiso a nadie.",
        sections=(
            (
                "Una campaña nacional",
                "La cooperativa se sumó a un movimiento nacional de tejedoras que exigía una ley "
                "que reconozca a los pueblos indígenas como propietarios colectivos de sus "
                "diseños textiles. Las tejedoras declararon ante una comisión del Congreso en "
                "su propio idioma.",
            ),
            (
                "Un eco internacional",
                "Después, la cooperativa llevó la campaña a una reunión internacional sobre "
                "propiedad intelectual y conocimientos tradicionales, con una declaración "
                "preparada con el kit de incidencia de la red.",
            ),
        ),
        quote=(
            "Nuestras abuelas tejieron estos diseños. Nadie debería venderlos sin nuestra palabra.",
            "tejedora y socia de la cooperativa",
        ),
        figures=(
            ("57", "tejedoras en la cooperativa"),
            ("9", "comunidades cuyos diseños tejen"),
            ("1", "declaración leída en una reunión internacional"),
        ),
        toolkit_note="Cómo preparar una declaración de dos minutos para una reunión internacional.",
    ),
    "oakland-domestic-workers-cooperative": StoryTranslation(
        title="Trabajadoras del hogar son dueñas de su agencia en el Área de la Bahía",
        summary="Mujeres migrantes que limpiaban casas a través de agencias dirigen hoy una "
        "cooperativa que fija tarifas justas, paga los días de enfermedad y hace campaña junto "
        "al sindicato de trabajadoras del hogar.",
        organisation="Cooperativa de Cuidados en el Hogar Casa Común",
        locality="Oakland (California)",
        introduction="Las agencias se quedaban con hasta la mitad de lo que pagaban los "
        "clientes, y el trabajo no incluía días de enfermedad ni formación. Once mujeres, en "
        "su mayoría de México y Centroamérica, decidieron fundar su propia cooperativa con la "
        "ayuda de una organización local que acompaña cooperativas de trabajo.",
        sections=(
            (
                "Tarifas que cuadran",
                "Las socias calcularon cuánto necesitaban ganar en un año, sumaron el seguro y "
                "la formación y fijaron una tarifa por hora pública. Una parte de cada hora va a "
                "un fondo para días de enfermedad, y los clientes nuevos se reparten por turnos.",
            ),
            (
                "Con el sindicato",
                "La cooperativa trabaja con el sindicato de trabajadoras del hogar en una "
                "campaña por un programa municipal que derive a las personas mayores hacia "
                "cooperativas de cuidados a domicilio. Las socias hablan en las asambleas "
                "sindicales, y organizadoras del sindicato forman a las nuevas socias.",
            ),
        ),
        quote=(
            "En la agencia yo era un número. Aquí voto y sé adónde va cada dólar.",
            "socia fundadora",
        ),
        figures=(
            ("38", "trabajadoras dueñas de la cooperativa"),
            ("5", "días de enfermedad pagados al año para cada socia"),
            ("0", "comisiones de agencia"),
        ),
        toolkit_note="La guía que las fundadoras habrían querido tener.",
        caption="Oakland, donde trabaja la Cooperativa de Cuidados en el Hogar Casa Común.",
    ),
    "roubaix-csa-climate-alliance": StoryTranslation(
        title="En Roubaix, un grupo de consumo y activistas del clima crean una huerta en "
        "terrenos municipales",
        summary="Un grupo de agricultura sostenida por la comunidad se alió con activistas "
        "climáticos locales para convencer al ayuntamiento de arrendar un terreno baldío a un "
        "joven horticultor.",
        organisation="AMAP des Trois Ponts",
        locality="Roubaix (Altos de Francia)",
        introduction="El grupo tenía sesenta hogares asociados y un agricultor a cuarenta "
        "kilómetros. En el mismo barrio, activistas del clima se movilizaban contra un "
        "estacionamiento previsto en una franja de terreno baldío. Los dos grupos se "
        "conocieron en un debate público.",
        sections=(
            (
                "Una propuesta conjunta",
                "Juntos propusieron una huerta en lugar del estacionamiento, con el grupo "
                "garantizando los ingresos del horticultor mediante los contratos de sus "
                "socios. El ayuntamiento aceptó un arrendamiento ambiental a favor de un joven "
                "horticultor.",
            ),
            (
                "Una granja en la ciudad",
                "La huerta abastece hoy con canastas semanales a noventa hogares, veinte de "
                "ellos con canastas pagadas en parte por los servicios sociales municipales. "
                "Cada mes la visitan grupos escolares, y el colectivo climático organiza "
                "talleres de compostaje en el lugar.",
            ),
        ),
        quote=(
            "Los activistas pusieron la energía y el grupo de consumo, un plan para pagarle a "
            "un agricultor. Necesitábamos las dos cosas.",
            "horticultor",
        ),
        figures=(
            ("1,4 ha", "de terreno baldío de nuevo en cultivo"),
            ("90", "hogares que reciben una canasta semanal"),
            ("20", "canastas solidarias"),
        ),
        toolkit_note="Los acuerdos que los grupos de agricultura sostenida por la comunidad "
        "firmaron con ayuntamientos.",
        caption="Roubaix, donde trabaja la AMAP des Trois Ponts.",
    ),
    "yogyakarta-courier-platform-cooperative": StoryTranslation(
        title="Los repartidores de Yogyakarta construyen una plataforma propia",
        summary="Jóvenes repartidores en moto dejaron las aplicaciones comerciales de reparto "
        "para formar una cooperativa de plataforma, con la ayuda de activistas por los "
        "derechos digitales y de un sindicato del transporte.",
        organisation="Koperasi Kurir Bersama",
        introduction="Las aplicaciones de reparto recortaron tres veces en dos años la paga por "
        "viaje de los repartidores y podían bloquear una cuenta sin explicación. Un grupo de "
        "repartidores, la mayoría menores de treinta años, decidió construir su propia "
        "aplicación.",
        sections=(
            (
                "Aliados inesperados",
                "Estudiantes de programación de un colectivo por los derechos digitales "
                "escribieron gratis la primera versión de la aplicación, y el sindicato de "
                "trabajadores del transporte prestó sus salas de reunión y su asesoría "
                "jurídica. La cooperativa se registró con cuarenta socios fundadores.",
            ),
            (
                "Dueños del algoritmo",
                "La asamblea de socios decide cómo se reparten los pedidos y cuánto cobra la "
                "aplicación a los comercios. Parte de cada tarifa de entrega va a un seguro de "
                "accidentes, algo que ninguna aplicación comercial ofrecía.",
            ),
        ),
        quote=(
            "En las grandes aplicaciones, el algoritmo era nuestro jefe. Ahora votamos cómo "
            "funciona.",
            "repartidor y presidente de la cooperativa",
        ),
        figures=(
            ("140", "repartidores socios"),
            ("210", "comercios locales que usan la aplicación"),
            ("8 %", "de comisión, frente al 20 % de las aplicaciones comerciales"),
        ),
        toolkit_note="Los talleres que usaron los repartidores para montar su cooperativa.",
    ),
    "lisbon-migrant-women-catering-cooperative": StoryTranslation(
        title="Abre en Lisboa una cooperativa de catering de mujeres migrantes",
        summary="Mujeres de Cabo Verde, Brasil, Nepal y Siria dirigen una cooperativa de "
        "catering nacida de una cocina comunitaria, con el apoyo de colectivos antirracistas y "
        "de la incubadora municipal.",
        organisation="Cooperativa Mesa do Mundo",
        locality="Lisboa",
        introduction="Las mujeres se conocieron en una cocina comunitaria gestionada por una "
        "asociación antirracista, donde cocinaban para las fiestas del barrio. Los clientes "
        "preguntaban una y otra vez si podían encargar comidas, y así nació la idea de una "
        "cooperativa.",
        sections=(
            (
                "Resolver los trámites",
                "Varias fundadoras no tenían permiso de residencia ni títulos reconocidos. La "
                "asociación y un colectivo de abogados las acompañaron en la inscripción, y la "
                "incubadora de cooperativas de la ciudad les prestó una cocina profesional.",
            ),
            (
                "Crecer con el barrio",
                "La cooperativa reunió parte de su capital inicial vendiendo pequeñas "
                "participaciones a vecinos y clientes. Hoy abastece a dos escuelas y a una "
                "docena de empresas, y forma a otras mujeres migrantes en su cocina.",
            ),
        ),
        quote=(
            "Cada una trajo recetas de su tierra. Juntas trajimos una empresa.",
            "cocinera y presidenta de la cooperativa",
        ),
        figures=(
            ("14", "socias trabajadoras de 6 países"),
            ("230", "vecinos y clientes que compraron participaciones"),
            ("2", "contratos con escuelas"),
        ),
        toolkit_note="Qué pueden hacer los municipios para apoyar las cooperativas de personas "
        "migrantes.",
        caption="Lisboa, donde trabaja la Cooperativa Mesa do Mundo.",
    ),
    "valparaiso-migrant-cleaning-cooperative": StoryTranslation(
        title="Trabajadores migrantes y un sindicato fundan una cooperativa de limpieza en "
        "Valparaíso",
        summary="Trabajadores haitianos y venezolanos, con el apoyo de un sindicato portuario, "
        "formaron una cooperativa de limpieza que hoy tiene contratos con la universidad y el "
        "puerto.",
        organisation="Cooperativa de Trabajo Puerto Abierto",
        introduction="Los migrantes recién llegados a la ciudad portuaria trabajaban como "
        "jornaleros para subcontratistas que pagaban tarde y muchas veces no pagaban. El "
        "sindicato portuario, que había visto lo mismo en sus propios muelles, ofreció su "
        "ayuda.",
        sections=(
            (
                "Un sindicato como socio fundador",
                "El sindicato prestó sus oficinas y su abogado, y presentó la cooperativa a la "
                "autoridad portuaria. Los socios aprendieron gestión cooperativa en clases "
                "nocturnas en español y en criollo haitiano.",
            ),
            (
                "Contratos y derechos",
                "La cooperativa ganó contratos de limpieza en la universidad y en edificios del "
                "puerto. Sus socios tienen contratos escritos, seguridad social y un "
                "procedimiento de reclamos acordado con el sindicato.",
            ),
        ),
        quote=(
            "El sindicato nos vio como trabajadores, no como extranjeros. Ahí empezó todo.",
            "secretario de la cooperativa",
        ),
        figures=(
            ("52", "socios de 3 países"),
            ("2", "grandes contratos de limpieza"),
            ("100 %", "de los socios con seguridad social"),
        ),
        toolkit_note="Los obstáculos que encuentran las personas migrantes al fundar una "
        "cooperativa, y cómo los sortean los municipios.",
    ),
    "apennines-community-cooperative": StoryTranslation(
        title="Una cooperativa comunitaria mantiene vivo un pueblo de los Apeninos",
        summary="Los vecinos de un pueblo de montaña cerca de Bolonia formaron una cooperativa "
        "comunitaria que gestiona la tienda, el transporte escolar y el mantenimiento de los "
        "senderos, junto con asociaciones de senderismo y ecologistas.",
        organisation="Cooperativa di comunità Alto Reno",
        locality="Alto valle del Reno, cerca de Bolonia",
        introduction="Cuando cerró la última tienda del pueblo, los doscientos habitantes que "
        "quedaban temieron que la escuela fuera la siguiente. Formaron una cooperativa "
        "comunitaria en la que cada hogar podía comprar una participación.",
        sections=(
            (
                "Muchos pequeños servicios",
                "La cooperativa reabrió la tienda con una ventanilla de correos, se hizo cargo "
                "del transporte escolar y de una pequeña casa de huéspedes, y firmó un convenio "
                "con el ayuntamiento para el mantenimiento de senderos y zonas verdes.",
            ),
            (
                "Aliados del valle y de la ciudad",
                "Clubes de senderismo y asociaciones ecologistas de Bolonia traen voluntarios y "
                "visitantes. Dos familias jóvenes se han mudado al pueblo para trabajar en la "
                "cooperativa.",
            ),
        ),
        quote=(
            "Esperábamos que alguien salvara el pueblo. Luego entendimos que teníamos que ser "
            "nosotros.",
            "presidenta de la cooperativa",
        ),
        figures=(
            ("118", "hogares socios"),
            ("7", "empleos creados"),
            ("45 km", "de senderos mantenidos"),
        ),
        toolkit_note="Vías legales para que trabajadores y vecinos retomen una empresa.",
        caption="El alto valle del Reno, donde trabaja la Cooperativa di comunità Alto Reno.",
    ),
    "recife-community-bank-local-currency": StoryTranslation(
        title="Un banco comunitario y su moneda en un barrio de Recife",
        summary="Los vecinos de un barrio ribereño gestionan un banco comunitario que presta a "
        "bajo costo y emite una moneda local, y escribieron un manual para otros barrios.",
        organisation="Banco Comunitário Maré Alta",
        introduction="En un barrio donde ningún banco tenía sucursal, los vecinos pedían "
        "prestado a usureros a tasas ruinosas. La asociación de vecinos decidió crear su "
        "propio banco.",
        sections=(
            (
                "Crédito basado en la confianza",
                "Los vecinos responden unos por otros en lugar de ofrecer garantías. La mayoría "
                "de quienes piden préstamos son mujeres que tienen en casa pequeñas tiendas, "
                "talleres de costura o puestos de comida.",
            ),
            (
                "Una moneda que se queda en el barrio",
                "El banco emite una moneda local respaldada en reales. Los comercios que la "
                "aceptan ofrecen descuentos, y el municipio paga en ella parte de un programa de "
                "transferencias. El equipo del banco convirtió su experiencia en un manual.",
            ),
        ),
        quote=(
            "Antes del banco, el dinero llegaba el día de pago y se iba esa misma tarde.",
            "fundadora de la asociación de vecinos",
        ),
        figures=(
            ("1600", "préstamos otorgados"),
            ("180", "comercios que aceptan la moneda local"),
            ("3 %", "de los préstamos en mora"),
        ),
        toolkit_note="El manual que el equipo del banco escribió para otros barrios.",
        caption="Recife, donde trabaja el Banco Comunitário Maré Alta.",
    ),
    "oaxaca-indigenous-coffee-cooperative": StoryTranslation(
        title="Cafetaleros zapotecos registran su cosecha, y sus políticas públicas",
        summary="Una cooperativa indígena de café de la Sierra de Oaxaca creó una herramienta "
        "sencilla de trazabilidad y ayudó a alimentar el monitor regional de políticas "
        "públicas de ESS.",
        organisation="Unión de Comunidades Cafetaleras de la Sierra",
        introduction="El café de las comunidades de la Sierra crece bajo sombra de bosque y se "
        "rige por asambleas comunitarias. La cooperativa lo vende por canales de comercio "
        "justo, que exigen registros precisos de cada productor.",
        sections=(
            (
                "Registros que todos pueden leer",
                "Socios jóvenes crearon una hoja de cálculo y un cuaderno de papel que funcionan "
                "juntos: la cosecha, la calidad y el pago de cada familia se registran y se "
                "leen en voz alta en la asamblea comunitaria, en zapoteco y en español.",
            ),
            (
                "Seguir las políticas públicas",
                "Esos mismos jóvenes recopilan ahora datos para el monitor latinoamericano de "
                "políticas de ESS: programas estatales, presupuestos y si las cooperativas "
                "tienen voz en ellos.",
            ),
        ),
        quote=(
            "Si la asamblea no puede leer los registros, no son nuestros registros.",
            "integrante del comité de jóvenes de la cooperativa",
        ),
        figures=(
            ("19", "comunidades en la unión"),
            ("640", "familias cafetaleras"),
            ("100 %", "de la cosecha cultivada bajo sombra de bosque"),
        ),
        toolkit_note="El monitor que ayuda a actualizar el comité de jóvenes.",
    ),
    "riobamba-community-savings-banks": StoryTranslation(
        title="Las cajas de ahorro comunitarias kichwas se federan en Chimborazo",
        summary="Cajas de ahorro comunitarias de pueblos kichwas formaron una red que capacita "
        "a quienes llevan la tesorería, comparte liquidez y documenta las políticas públicas "
        "de finanzas populares.",
        organisation="Red de Cajas de Ahorro Comunitarias de Chimborazo",
        introduction="En las comunidades de la sierra, las cajas de ahorro comunitarias prestan "
        "los ahorros de sus socios para semillas, animales y gastos escolares. Cada caja "
        "estaba sola, y una mala cosecha podía vaciar su caja fuerte.",
        sections=(
            (
                "Compartir la liquidez",
                "Cuarenta y tres cajas formaron una red que presta entre cajas cuando a una le "
                "falta liquidez. La red capacita en contabilidad, en kichwa y en español, a "
                "quienes llevan la tesorería, en su mayoría mujeres.",
            ),
            (
                "Conocer las reglas",
                "La red documenta las normas nacionales y provinciales sobre finanzas populares "
                "y solidarias para el monitor regional de políticas, y usa los resultados para "
                "pedir informes más sencillos para las pequeñas cajas comunitarias.",
            ),
        ),
        quote=(
            "Cuando a una caja le falta, las otras le prestan. Así han funcionado siempre "
            "nuestras comunidades.",
            "formadora de tesoreras",
        ),
        figures=(
            ("43", "cajas de ahorro comunitarias"),
            ("5200", "socios"),
            ("61 %", "de quienes llevan la tesorería son mujeres"),
        ),
        toolkit_note="El monitor de políticas públicas de ESS al que contribuye la red.",
        caption="Riobamba, donde trabaja la Red de Cajas de Ahorro Comunitarias de Chimborazo.",
    ),
    "pisac-native-potato-seed-guardians": StoryTranslation(
        title="Guardianes de semillas del Valle Sagrado comparten sus papas con Nepal",
        summary="Guardianes quechuas de semillas que conservan cientos de variedades de papa "
        "nativa recibieron a campesinas de Nepal, y ambos grupos escribieron una guía sobre "
        "bancos comunitarios de semillas.",
        organisation="Guardianes de la Papa Nativa de Pisac",
        introduction="En seis comunidades sobre el Valle Sagrado, las familias conservan "
        "cientos de variedades de papa nativa, cultivadas a distintas alturas para repartir el "
        "riesgo de heladas y sequías. Su banco de semillas funciona como una cooperativa.",
        sections=(
            (
                "Un intercambio al otro lado del mundo",
                "Campesinas de una cooperativa forestal de mujeres de Nepal pasaron dos semanas "
                "con los guardianes, comparando el almacenamiento de semillas, las terrazas y la "
                "forma en que cada comunidad decide quién recibe semillas.",
            ),
            (
                "Una guía escrita en común",
                "Los dos grupos escribieron una guía sobre bancos comunitarios de semillas en "
                "español y en inglés, con dibujos en lugar de textos largos. La usan redes de "
                "semillas en ambas regiones.",
            ),
        ),
        quote=(
            "Sus montañas son más altas que las nuestras, pero sus preguntas eran las mismas.",
            "guardiana de semillas",
        ),
        figures=(
            ("6", "comunidades"),
            ("420", "variedades de papa nativa conservadas"),
            ("2", "semanas de intercambio con campesinas nepalíes"),
        ),
        toolkit_note="La guía que escribieron los guardianes con sus visitantes de Nepal.",
        caption="Pisac, donde trabajan los Guardianes de la Papa Nativa.",
    ),
    "central-australia-bush-foods-cooperative": StoryTranslation(
        title="Una cooperativa aborigen de alimentos silvestres en el centro de Australia",
        summary="Una cooperativa de recolectoras aborígenes vende tomates silvestres y "
        "semillas de acacia a restaurantes y compradores públicos, y comparte su historia como "
        "estudio de caso.",
        organisation="Cooperativa de Mujeres Desert Harvest",
        locality="Alice Springs, Territorio del Norte",
        introduction="Las mujeres de las comunidades que rodean la ciudad recolectan alimentos "
        "silvestres en sus tierras desde hace generaciones. Los intermediarios les compraban "
        "la cosecha barata y la revendían a un precio muchas veces mayor en las tiendas de la "
        "ciudad.",
        sections=(
            (
                "Dueñas de toda la cadena",
                "La cooperativa limpia, clasifica y envasa ella misma la cosecha, y vende "
                "directamente a restaurantes y empresas de alimentación. Las recolectoras "
                "cobran al entregar, y las decisiones se toman en reuniones celebradas en su "
                "territorio.",
            ),
            (
                "Compradores públicos y un estudio de caso",
                "La cooperativa aprovechó las normas de compra pública social para abastecer la "
                "cocina de un hospital y un centro de eventos. Sus socias decidieron contar su "
                "historia en la colección de estudios de caso de la red sobre empresas "
                "lideradas por pueblos indígenas.",
            ),
        ),
        quote=(
            "Esta comida es de nuestra tierra. La cooperativa se asegura de que el dinero "
            "vuelva a ella.",
            "recolectora y directora de la cooperativa",
        ),
        figures=(
            ("72", "recolectoras"),
            ("11", "comunidades"),
            ("4x", "lo que pagaban los intermediarios"),
        ),
        toolkit_note="La colección en la que aparece la historia de la cooperativa.",
    ),
    "pokhara-women-forest-cooperative": StoryTranslation(
        title="Una cooperativa forestal de mujeres cerca de Pokhara aprende de guardianes de "
        "semillas andinos",
        summary="Una cooperativa de mujeres que gestiona un bosque comunitario visitó a "
        "guardianes de semillas en Perú y creó un banco de semillas para los cultivos de "
        "montaña de sus aldeas.",
        organisation="Cooperativa Forestal de Mujeres del Río Seti",
        locality="Kaski, cerca de Pokhara",
        introduction="Las socias de la cooperativa gestionan un bosque comunitario, venden "
        "platos de hojas y productos de hierbas, y llevan un fondo de ahorro. Muchas "
        "pertenecen a comunidades indígenas de las colinas cuyos cultivos tradicionales "
        "estaban desapareciendo.",
        sections=(
            (
                "Dos semanas en los Andes",
                "Tres socias viajaron a Perú para pasar dos semanas con un banco comunitario de "
                "semillas. Volvieron con ideas para guardar semillas sin electricidad y para "
                "prestar semillas que se devuelven después de la cosecha.",
            ),
            (
                "Un banco de semillas en la oficina forestal",
                "La oficina forestal de la cooperativa guarda ahora variedades locales de mijo "
                "ragi, trigo sarraceno y frijoles. Las socias cuentan lo aprendido en las "
                "reuniones de distrito de los grupos de usuarios del bosque.",
            ),
        ),
        quote=(
            "Fuimos a aprender sobre papas y volvimos con un plan para nuestras propias semillas.",
            "presidenta de la cooperativa",
        ),
        figures=(
            ("310", "socias"),
            ("180 ha", "de bosque comunitario gestionadas"),
            ("26", "variedades locales en el banco de semillas"),
        ),
        toolkit_note="La guía de bancos de semillas escrita después del intercambio.",
        caption="Kaski, donde trabaja la Cooperativa Forestal de Mujeres del Río Seti.",
    ),
}

TOOLKITS = {
    "municipal-sse-council-guide": ToolkitTranslation(
        title="Crear un consejo municipal de ESS: guía paso a paso",
        summary="Cómo redes de la ESS y municipios del Cono Sur crearon consejos mixtos que se "
        "reúnen cada mes, comparten una partida presupuestaria y coescriben la política local "
        "de ESS.",
        description="Escrita por redes miembro tras diez años de consejos municipales en "
        "Uruguay, Argentina y Brasil, la guía recorre la carta fundacional, la elección de "
        "representantes y el plan de trabajo anual. Dos municipios la usaron para convertir "
        "mesas informales en consejos establecidos por normativa municipal.",
        publisher="Red de Municipios Solidarios del Cono Sur",
    ),
    "sse-framework-law-model": ToolkitTranslation(
        title="Ley marco modelo de economía social y solidaria",
        summary="Un modelo comentado de ley marco nacional de ESS: definiciones, registro, un "
        "consejo nacional de ESS, acceso a la contratación pública y al financiamiento.",
        description="Redactada por abogadas y abogados de cinco redes miembro, la ley modelo "
        "expone lo que tienen en común la mayoría de las leyes marco adoptadas desde 2010 y en "
        "qué se diferencian. Cada artículo va acompañado de un comentario y de las opciones "
        "que quedan en manos de los legisladores nacionales. La versión en español se ofrece "
        "también como documento editable para las sesiones de redacción.",
    ),
    "reserved-procurement-brief": ToolkitTranslation(
        title="Reservar contratos públicos para empresas de la ESS",
        summary="Por qué y cómo los gobiernos nacionales y municipales pueden reservar parte de "
        "sus compras a cooperativas y empresas de inserción, con opciones jurídicas que "
        "respetan las normas de contratación.",
        description="La nota compara los lotes reservados, las cláusulas sociales y las "
        "adjudicaciones directas por debajo de los umbrales en Colombia y España. Se presentó "
        "ante una comisión parlamentaria en Bogotá y ante responsables de compras de tres "
        "comunidades autónomas españolas.",
        publisher="Observatorio Iberoamericano de Contratación Pública y ESS",
    ),
    "recycling-cooperative-contract-template": ToolkitTranslation(
        title="Contrato tipo de servicio entre un municipio y una cooperativa de reciclaje",
        summary="Un contrato editable que paga a las cooperativas de reciclaje por el servicio "
        "de recolección que prestan, y no solo por los materiales que venden.",
        description="Negociada por cooperativas de reciclaje y dos municipios del Río de la "
        "Plata, la plantilla fija una cuota mensual por hogar atendido, obligaciones de salud "
        "y seguridad para ambas partes y un comité mixto que revisa el servicio cada "
        "trimestre.",
        publisher="Alianza de Cooperativas de Reciclaje del Río de la Plata",
    ),
    "domestic-workers-cooperative-guide": ToolkitTranslation(
        title="Cómo crear una cooperativa de trabajadoras del hogar",
        summary="Una guía práctica para trabajadoras del hogar que quieren ser dueñas de su "
        "agencia: fijar tarifas justas, repartir clientes y garantizar días de enfermedad "
        "pagados y formación a las socias.",
        description="Escrita con cooperativas de trabajadoras del hogar de California y de la "
        "Ciudad de México, la guía explica cómo registrarse, cómo fijar el precio de los "
        "servicios para que las socias ganen un salario digno y cómo negociar con sindicatos "
        "y programas municipales.",
        publisher="Red de Trabajadoras Cooperativistas de Cuidados",
    ),
    "participatory-sse-mapping": ToolkitTranslation(
        title="Mapear la ESS de tu territorio: un método participativo",
        summary="Un método y una hoja de cálculo modelo para mapear las cooperativas, "
        "asociaciones y colectivos informales de un territorio junto con las personas que los "
        "llevan adelante.",
        description="El método se ha usado en una docena de ciudades de cuatro continentes. "
        "Voluntarios y organizaciones de la ESS completan un formulario común; los resultados "
        "alimentan un mapa abierto y la evidencia que las redes llevan a los gobiernos "
        "locales.",
    ),
    "fair-trade-school-canteens-campaign": ToolkitTranslation(
        title="Comercio justo y solidario en los comedores escolares: kit de campaña",
        summary="Afiches, una carta a las autoridades municipales y un plan paso a paso para "
        "una campaña que lleve productos de comercio justo y de cooperativas locales a los "
        "comedores escolares.",
        description="Redes de comercio justo de Francia, Burkina Faso y Perú llevaron adelante "
        "juntas la campaña, conectando cooperativas de productores con los comedores de "
        "ciudades aliadas. El kit incluye la carta enviada a las autoridades municipales y el "
        "calendario de la semana de campaña.",
        publisher="Coalición de la Campaña Comedores Justos",
    ),
    "indigenous-led-enterprises-case-studies": ToolkitTranslation(
        title="Empresas lideradas por pueblos indígenas: ocho estudios de caso",
        summary="Ocho empresas de propiedad y gobierno de comunidades indígenas, desde redes "
        "textiles andinas hasta pesquerías del Pacífico, y qué políticas públicas las "
        "ayudaron o las frenaron.",
        description="Cada estudio de caso se escribió con la comunidad correspondiente y fue "
        "aprobado por su propio órgano de gobierno antes de publicarse. La colección termina "
        "con lecciones de política sobre derechos territoriales, propiedad colectiva y acceso "
        "a los mercados públicos.",
    ),
    "sse-and-sdg-localisation": ToolkitTranslation(
        title="La ESS y la localización de los Objetivos de Desarrollo Sostenible",
        summary="Una nota para gobiernos locales y regionales sobre cómo apoyarse en las "
        "organizaciones de la ESS para cumplir los Objetivos de Desarrollo Sostenible en su "
        "territorio e informar sobre ellos.",
        description="Preparada para un encuentro mundial de gobiernos locales, la nota muestra "
        "cómo cooperativas y asociaciones ya prestan servicios que cuentan para varios ODS, y "
        "propone indicadores para los informes locales voluntarios.",
    ),
    "latin-american-sse-policy-tracker": ToolkitTranslation(
        title="Monitor de políticas públicas de ESS en América Latina",
        summary="Una hoja de cálculo y un método para seguir las leyes, programas y "
        "presupuestos de ESS en diez países latinoamericanos, actualizados cada año por las "
        "redes nacionales.",
        description="Las redes nacionales actualizan el monitor cada marzo. Registra leyes y "
        "decretos, la dependencia de gobierno responsable, el presupuesto anual y si las "
        "organizaciones de la ESS participan en un espacio formal de diálogo.",
        publisher="Observatorio Latinoamericano de Políticas de ESS",
    ),
    "cooperatives-with-migrants-guide": ToolkitTranslation(
        title="Cooperativas con y para personas migrantes: guía para municipios",
        summary="Cómo los municipios pueden apoyar a las cooperativas fundadas por personas "
        "migrantes: reconocer títulos extranjeros, abrir incubadoras y eliminar las barreras "
        "para registrarse.",
        description="A partir de cooperativas lideradas por migrantes en Lisboa, Valparaíso y "
        "Barcelona, la guía enumera los obstáculos administrativos que encuentran las personas "
        "migrantes al crear una cooperativa y lo que hicieron los ayuntamientos para "
        "eliminarlos.",
        publisher="Red de Ciudades Solidarias y Migración",
        sections=("Obstáculos que eliminar", "Una incubadora de cooperativas"),
    ),
    "climate-justice-sse-campaign": ToolkitTranslation(
        title="Justicia climática y ESS: kit de campaña conjunta",
        summary="Un kit para acciones conjuntas de redes de la ESS y movimientos climáticos: "
        "demandas comunes, un comunicado de prensa modelo e ideas de actos públicos sobre "
        "energía, alimentación y residuos.",
        description="Elaborado con grupos de justicia climática para una semana de acción, el "
        "kit propone tres demandas comunes sobre energía comunitaria, agroecología y "
        "cooperativas de residuo cero, y un comunicado de prensa modelo para adaptar a cada "
        "lugar.",
    ),
    "feminist-economy-workshops": ToolkitTranslation(
        title="Economía feminista y ESS: guía para talleres conjuntos",
        summary="Una guía de facilitación para talleres que reúnen a organizaciones feministas "
        "y redes de la ESS en torno al trabajo de cuidados, el trabajo no remunerado y el "
        "liderazgo de las mujeres.",
        description="Colectivos feministas y redes de la ESS de América Latina diseñaron los "
        "talleres. Empiezan con un ejercicio sobre el uso del tiempo y terminan con propuestas "
        "conjuntas de servicios públicos de cuidados gestionados por cooperativas.",
        publisher="Colectiva Feminista de Economía Solidaria",
    ),
    "trade-unions-and-sse": ToolkitTranslation(
        title="Sindicatos y ESS: construir una incidencia común",
        summary="Cómo sindicatos y redes de la ESS pueden hacer campaña juntos sobre la "
        "recuperación de empresas por sus trabajadores, las cooperativas de plataforma y los "
        "derechos de quienes trabajan en cooperativas.",
        description="Federaciones sindicales y redes de la ESS de Argentina, Sudáfrica, "
        "Estados Unidos e Italia comparan sus campañas conjuntas, entre ellas la recuperación "
        "negociada, por sus trabajadores, de empresas que cerraban.",
        publisher="Diálogo Trabajo y Economía Solidaria",
    ),
    "local-food-councils-brief": ToolkitTranslation(
        title="Consejos alimentarios locales y ESS: opciones de política",
        summary="Opciones de política para ciudades que quieren un consejo alimentario en el "
        "que cooperativas campesinas, comedores comunitarios y consumidores ayuden a definir la "
        "política alimentaria local.",
        description="La nota compara consejos alimentarios de Canadá, Brasil y Senegal, y las "
        "competencias que tienen sobre la alimentación escolar, los mercados municipales y la "
        "tierra. Termina con un modelo de resolución municipal.",
        publisher="Ciudades por la Soberanía Alimentaria",
        sections=("Qué puede decidir un consejo alimentario", "Un modelo de resolución"),
    ),
    "worker-buyouts-legal-pathways": ToolkitTranslation(
        title="Empresas recuperadas: caminos jurídicos",
        summary="Las vías legales por las que los trabajadores pueden hacerse cargo, como "
        "cooperativa, de una empresa que cierra o quiebra, comparadas entre Argentina, Italia y "
        "Francia.",
        description="Abogados que acompañaron a empresas recuperadas describen las vías de la "
        "quiebra, el arrendamiento y la compra, el papel de los tribunales y de los fondos "
        "públicos, y los errores que hicieron fracasar algunas recuperaciones.",
        publisher="Clínica Jurídica de Empresas Recuperadas",
    ),
    "measuring-the-sse-statistics": ToolkitTranslation(
        title="Medir la ESS: guía para las oficinas nacionales de estadística",
        summary="Cómo las oficinas nacionales de estadística pueden contar las organizaciones, "
        "los empleos y el valor agregado de la ESS, con un enfoque de cuenta satélite que las "
        "redes de la ESS pueden solicitar.",
        description="Estadísticos e investigadores de la ESS explican qué registros combinar, "
        "cómo contar los colectivos informales y cuánto cuesta una primera cuenta satélite de "
        "la ESS. Varias redes usaron la guía para pedir a sus oficinas de estadística datos "
        "periódicos.",
        publisher="Grupo de Trabajo sobre Estadísticas de la ESS",
        sections=("Qué registros combinar", "Contar la parte informal"),
    ),
    "community-seed-banks": ToolkitTranslation(
        title="Bancos comunitarios de semillas gestionados como cooperativas",
        summary="Cómo las comunidades campesinas pueden conservar sus semillas nativas en un "
        "banco cooperativo: recolectar, almacenar y prestar semillas, y defender el derecho de "
        "los agricultores a guardarlas.",
        description="Guardianes de semillas de los Andes, del este de la India y de Nepal "
        "escribieron la guía juntos tras visitas de intercambio. Trata del almacenamiento sin "
        "electricidad, de los préstamos de semillas devueltos en semillas y de la incidencia "
        "sobre las leyes de semillas.",
        publisher="Intercambio de Guardianes de Semillas",
    ),
    "citizen-shareholding-guide": ToolkitTranslation(
        title="Accionariado ciudadano y financiamiento colectivo para empresas de la ESS",
        summary="Cómo las cooperativas y empresas sociales pueden reunir capital entre sus "
        "socios y vecinos, y qué normas públicas lo hacen seguro y sencillo.",
        description="Cooperativas de Bélgica y Portugal comparten las ofertas de "
        "participaciones, los bonos comunitarios y las campañas de financiamiento colectivo "
        "que utilizaron, y las normas que piden a los gobiernos para proteger a los pequeños "
        "ahorristas.",
        publisher="Foro Europeo de Cooperativas de Finanzas Éticas",
        sections=("Reunir capital entre los socios", "Lo que pedimos a los poderes públicos"),
    ),
    "un-advocacy-kit": ToolkitTranslation(
        title="Tomar la palabra en Naciones Unidas: kit de incidencia para redes de ESS",
        summary="Cómo pueden participar las redes de la ESS en los procesos de la ONU: qué "
        "reuniones importan, cómo inscribirse, cómo preparar una declaración de dos minutos y "
        "cómo dar seguimiento en casa.",
        description="El kit resume la experiencia de la red en comisiones de la ONU, foros "
        "regionales y procesos de examen. Incluye una plantilla de calendario, una "
        "declaración modelo y consejos para trabajar con gobiernos afines y agencias de la "
        "ONU.",
    ),
    "peer-exchange-visits-guide": ToolkitTranslation(
        title="Organizar visitas de intercambio entre redes de ESS",
        summary="Una guía de visitas de intercambio para que quienes practican la ESS aprendan "
        "unos de otros entre países: elegir a quién visitar, preparar las preguntas y "
        "convertir las visitas en herramientas.",
        description="Basada en visitas de intercambio entre redes de cuatro continentes, la "
        "guía aborda presupuestos, interpretación, protección de las personas y el breve "
        "informe que cada grupo visitante escribe para la biblioteca de la red.",
    ),
}

PACK = LanguagePack(
    language="es",
    site=SITE,
    phrases=PHRASES,
    alt_text=ALT_TEXT,
    stories=STORIES,
    toolkits=TOOLKITS,
)
