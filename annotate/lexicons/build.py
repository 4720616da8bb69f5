"""Regenerate the CLDR-derived lexicons of this folder from Babel and pycountry.

    pip install babel pycountry
    python annotate/lexicons/build.py            # rewrites cldr_places.tsv, months.tsv, weekdays.tsv

The TSV files are committed, so the package needs neither library at run time. The curated
files beside them (conflict_gazetteer.tsv, triggers.tsv, ...) are edited by hand.
Output is deterministic (sorted rows), so a rebuild with the same library versions gives
byte-identical files.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pycountry
from babel import Locale

HERE = Path(__file__).resolve().parent

# Territory codes that are not states (unions, "unknown", pseudo-codes) or that are
# better written by hand (organisations, disputed entities with several spellings).
_SKIP_TERRITORIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK", "001"}
# Time-zone exemplar "cities" that are zone names, tiny US towns or common words.
_SKIP_CITY_ZONES = ("America/Indiana/", "America/North_Dakota/", "America/Kentucky/", "Antarctica/")
_SKIP_CITIES = {
    "ترك",
    "سنتر",
    "مدينة غير معروفة",
    "حي الأمير السفلي",
    "ترول",
    "كاساي",
    "ماوسون",
    "دافيز",
    "فوستوك",
    "روثيرا",
    "بالمير",
    "سايووا",
    # Short exemplar names that are also common Arabic words or name parts.
    "استر",
    "بنين",
    "ديلي",
    "سيتا",
    "برثا",
    "أشوا",
    "جوجو",
    "بويس",
    "هوفد",
    "ماهي",
    "جوني",
    "أداك",
    "أبيا",
    "ناسو",
    "نيوي",
    "دنفر",
}
# Country names that are common words ("مالي" = financial): curated with a context flag.
_SKIP_COUNTRIES = {"مالي"}
_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")


def _clean(name: str) -> str:
    """Drop tashkeel and tatweel (pycountry writes شدّة) and squeeze spaces."""
    name = _TASHKEEL.sub("", unicodedata.normalize("NFC", name))
    return " ".join(name.split())


def places() -> list[tuple[str, str, str, str]]:
    """(surface, label, subtype, prior) rows: countries, regions and cities."""
    ar = Locale("ar")
    rows: dict[str, tuple[str, str, str, str]] = {}
    for code, name in ar.territories.items():
        if code in _SKIP_TERRITORIES or "(" in name:
            continue
        name = _clean(name.split(" - ")[0])
        if name in _SKIP_COUNTRIES:
            continue
        label, prior = ("LOC", "0.70") if code.isdigit() else ("GPE", "0.90")
        rows.setdefault(name, (name, label, "-", prior))
    translations = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            name = _clean(translations.gettext(english))
            if name in _SKIP_COUNTRIES or name in _SKIP_CITIES:
                continue
            if name and name != english and "(" not in name and "،" not in name:
                rows.setdefault(name, (name, "GPE", "-", "0.85"))
    for zone, data in ar.time_zones.items():
        city = data.get("city")
        if not city or zone.startswith(_SKIP_CITY_ZONES):
            continue
        city = _clean(city)
        if city in _SKIP_CITIES or "،" in city or len(city.replace(" ", "")) < 4:
            continue
        rows.setdefault(city, (city, "GPE", "-", "0.75"))
    return sorted(rows.values())


def months() -> list[tuple[str, str, str]]:
    """(surface, month number, calendar) for the Gregorian, Levantine and Maghrebi names."""
    rows: set[tuple[str, str, str]] = set()
    calendars = {
        "ar": "gregorian",
        "ar_EG": "gregorian",
        "ar_MR": "gregorian",
        "ar_SY": "levantine",
        "ar_IQ": "levantine",
        "ar_DZ": "maghrebi",
        "ar_TN": "maghrebi",
        "ar_MA": "maghrebi",
    }
    for locale, calendar in calendars.items():
        for number, name in Locale.parse(locale).months["format"]["wide"].items():
            rows.add((_clean(name), str(number), calendar))
    # Spellings the CLDR does not carry but news writes: Egyptian يونيه/يوليه, the Levantine
    # ordinal without its article (تشرين ثاني), and the Hijri months (dates only with digits).
    extra = {
        "يونيه": (6, "gregorian"),
        "يوليه": (7, "gregorian"),
        "أغسطس": (8, "gregorian"),
        "اغسطس": (8, "gregorian"),
        "كانون ثاني": (1, "levantine"),
        "تشرين أول": (10, "levantine"),
        "تشرين ثاني": (11, "levantine"),
        "كانون أول": (12, "levantine"),
        "محرم": (1, "hijri"),
        "ربيع الأول": (3, "hijri"),
        "ربيع الآخر": (4, "hijri"),
        "ربيع الثاني": (4, "hijri"),
        "جمادى الأولى": (5, "hijri"),
        "جمادى الآخرة": (6, "hijri"),
        "جمادى الثانية": (6, "hijri"),
        "رجب": (7, "hijri"),
        "شعبان": (8, "hijri"),
        "رمضان": (9, "hijri"),
        "شوال": (10, "hijri"),
        "ذو القعدة": (11, "hijri"),
        "ذو الحجة": (12, "hijri"),
    }
    for name, (number, calendar) in extra.items():
        rows.add((name, str(number), calendar))
    return sorted(rows)


def weekdays() -> list[tuple[str, str]]:
    """(surface, ISO weekday number 1..7) with and without the article."""
    rows: set[tuple[str, str]] = set()
    for number, name in Locale("ar").days["format"]["wide"].items():
        name = _clean(name)
        rows.add((name, str(number + 1)))
        rows.add((name.removeprefix("ال"), str(number + 1)))
    rows.add(("الإثنين", "1"))
    return sorted(rows)


def _write(name: str, header: str, rows: Sequence[tuple[str, ...]]) -> None:
    lines = [header, *("\t".join(r) for r in rows)]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    _write(
        "cldr_places.tsv",
        "# surface\tlabel\tsubtype\tprior\t(generated by build.py from Babel/CLDR + pycountry)",
        places(),
    )
    _write("months.tsv", "# surface\tmonth\tcalendar\t(generated by build.py)", months())
    _write("weekdays.tsv", "# surface\tiso_weekday\t(generated by build.py)", weekdays())


if __name__ == "__main__":
    main()
