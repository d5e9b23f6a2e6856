"""The shape of the demo's translations, one language pack per language (translations_xx.py).

A pack says, for the home page, the listings and each translated story or toolkit, what its
English text becomes. The English text is never repeated: DemoTranslator pairs each translated
field with the same field of story_content.py or toolkit_content.py, so a fixed typo in the
English never leaves a translation behind.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class SiteTranslation:
    """The home page and the two listings."""

    home_title: str
    home_introduction: tuple[str, ...]  # one string per paragraph, inline tags kept
    stories_title: str
    stories_introduction: str
    toolkits_title: str
    toolkits_introduction: str


@dataclass(frozen=True, kw_only=True)
class StoryTranslation:
    title: str
    summary: str
    organisation: str
    locality: str = ""  # empty: the place name is written the same way
    introduction: str
    sections: tuple[tuple[str, str], ...]  # (heading, paragraph), as in StoryContent
    quote: tuple[str, str]  # (words, role); the person's name is kept
    figures: tuple[tuple[str, str], ...]  # (value, what it counts), as in StoryContent
    toolkit_note: str
    caption: str = ""  # of the illustration inside the story, when it has one


@dataclass(frozen=True, kw_only=True)
class ToolkitTranslation:
    title: str
    summary: str
    description: str
    publisher: str = ""  # empty: the publisher's name is kept
    # Headings of the sections listed in the description. Empty: those of the booklet in this
    # language when the toolkit has one, else the headings are kept as the files have them.
    sections: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AltText:
    """How to say "Illustration: rolling hills … in ochre and olive under a clear blue sky"
    (demo/illustrations.py) in another language."""

    template: str  # with {scene}, {land} and {sky}
    template_without_sky: str  # with {scene} and {land}
    scenes: dict[str, str]
    lands: dict[str, str]
    skies: dict[str, str]


@dataclass(frozen=True, kw_only=True)
class LanguagePack:
    language: str  # a locale's language code
    site: SiteTranslation
    # Strings that recur on many pages: block headings, the illustration credit, file labels.
    phrases: dict[str, str]
    alt_text: AltText
    stories: dict[str, StoryTranslation] = field(default_factory=dict)  # by slug
    toolkits: dict[str, ToolkitTranslation] = field(default_factory=dict)  # by slug
