"""What each type, role and attribute value *means*: Arabic and English names and
definitions, Arabic examples from the seed articles, colours, hotkeys, and mappings to
ACE, PLOVER/CAMEO and ACLED.

Structure (which roles, which argument types) is in `annotate/schema.py`; this module is
the annotator- and downstream-facing side of the same types. A test checks that every type,
role and value of the schema has an entry here.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from annotate.schema import (
    AgreementKind,
    AgreementStage,
    ControlDirection,
    EntityType,
    EventType,
    Modality,
    OrgSubtype,
    Polarity,
    Role,
    SpanLabel,
    Tense,
    ValueType,
)


class TypeInfo(BaseModel):
    """Names, definition, examples and mappings of one label."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name_ar: str
    name_en: str
    definition_ar: str
    definition_en: str
    examples: tuple[str, ...] = Field(description="Arabic examples, verbatim from the seeds.")
    mappings: dict[str, str] = Field(default_factory=dict, description="ace, plover, cameo, acled")
    color: str
    hotkey: str


ENTITY_INFO: dict[SpanLabel, TypeInfo] = {
    EntityType.PER: TypeInfo(
        name_ar="شخص",
        name_en="Person",
        definition_ar="فرد مسمّى أو معرَّف بلقبه، أو مجموعة أشخاص مسمّاة.",
        definition_en="A named (or titled) individual, or a named group of persons.",
        examples=("سيرغي لافروف", "نيكول باشينيان", "إلهام علييف", "بوتين"),
        mappings={"ace": "PER", "wojood": "PERS", "acled": "actor"},
        color="#e57373",
        hotkey="1",
    ),
    EntityType.ORG: TypeInfo(
        name_ar="منظمة",
        name_en="Organisation",
        definition_ar="هيئة منظَّمة: جهة حكومية أو وزارة أو قوة مسلحة أو منظمة دولية أو وكالة أو حزب أو شركة. يُحدَّد نوعها الفرعي.",
        definition_en="An organised body: government body, ministry, armed force, IGO, agency, party, company. Set its subtype.",
        examples=(
            "وزارة الدفاع الأذربيجانية",
            "قوات حفظ السلام الروسية",
            "مجموعة مينسك",
            "الكرملين",
        ),
        mappings={"ace": "ORG", "wojood": "ORG", "acled": "actor (inter 1-8)"},
        color="#64b5f6",
        hotkey="2",
    ),
    EntityType.GPE: TypeInfo(
        name_ar="كيان جيوسياسي",
        name_en="Geo-political entity",
        definition_ar="دولة أو كيان بحكم الأمر الواقع أو إقليم أو مدينة أو عاصمة، ولو استُعملت مجازًا عن حكومتها.",
        definition_en="A country, de-facto state, province, city or capital, also when it stands for its government.",
        examples=("أرمينيا", "أذربيجان", "ناغورني قره باغ", "يريفان", "باكو"),
        mappings={"ace": "GPE", "wojood": "GPE", "acled": "admin1/location"},
        color="#81c784",
        hotkey="3",
    ),
    EntityType.LOC: TypeInfo(
        name_ar="مكان",
        name_en="Location",
        definition_ar="منطقة جغرافية غير سياسية: جبل أو بحر أو إقليم طبيعي.",
        definition_en="A non-political geographic area: mountain, sea, natural region.",
        examples=("القوقاز", "جبل كيليسالي"),
        mappings={"ace": "LOC", "wojood": "LOC"},
        color="#aed581",
        hotkey="4",
    ),
    EntityType.FAC: TypeInfo(
        name_ar="منشأة",
        name_en="Facility",
        definition_ar="منشأة أو طريق من صنع الإنسان، مسمّاة أو محدّدة.",
        definition_en="A man-made facility or route, named or specific.",
        examples=("خط التماس", "مركز مراقبة وقف إطلاق النار"),
        mappings={"ace": "FAC", "wojood": "FAC"},
        color="#ffb74d",
        hotkey="5",
    ),
    EntityType.NORP: TypeInfo(
        name_ar="جماعة قومية أو سياسية",
        name_en="Nationality / political group",
        definition_ar="جنسية أو جماعة عرقية أو دينية أو سياسية مستعملة اسمًا.",
        definition_en="A nationality, ethnic, religious or political group used as a noun.",
        examples=("الأرمن", "الانفصاليون الأرمن"),
        mappings={"ace": "PER.Group", "wojood": "NORP"},
        color="#4db6ac",
        hotkey="6",
    ),
    EntityType.WEA: TypeInfo(
        name_ar="سلاح",
        name_en="Weapon",
        definition_ar="سلاح أو فئة أسلحة.",
        definition_en="A weapon or class of weapons.",
        examples=("الأسلحة الثقيلة",),
        mappings={"ace": "WEA", "wojood": "PRODUCT"},
        color="#a1887f",
        hotkey="7",
    ),
    EntityType.OCC: TypeInfo(
        name_ar="منصب",
        name_en="Title / position",
        definition_ar="لقب أو منصب، ويجوز أن يتضمن منظمة أو كيانًا جيوسياسيًا متداخلًا.",
        definition_en="A title or position; may nest an ORG or GPE.",
        examples=("وزير الخارجية الروسي", "رئيس الوزراء الأرميني"),
        mappings={"ace": "Job-Title", "wojood": "OCC"},
        color="#f06292",
        hotkey="8",
    ),
    ValueType.DATE: TypeInfo(
        name_ar="تاريخ",
        name_en="Date",
        definition_ar="تعبير عن يوم أو شهر أو سنة، مطلق أو نسبي.",
        definition_en="A day, month or year expression, absolute or relative.",
        examples=("20 سبتمبر 2023", "9 تشرين الثاني/نوفمبر 2020", "اليوم الأربعاء"),
        mappings={"ace": "TIMEX2", "wojood": "DATE"},
        color="#ba68c8",
        hotkey="9",
    ),
    ValueType.TIME: TypeInfo(
        name_ar="وقت",
        name_en="Time of day",
        definition_ar="ساعة أو جزء من اليوم، مع المنطقة الزمنية إن وُجدت.",
        definition_en="A clock time or part of the day, with its time zone when given.",
        examples=("الساعة 13.00", "فجر السبت"),
        mappings={"ace": "TIMEX2", "wojood": "TIME"},
        color="#9575cd",
        hotkey="0",
    ),
    ValueType.DURATION: TypeInfo(
        name_ar="مدة",
        name_en="Duration",
        definition_ar="مدة زمنية.",
        definition_en="A length of time.",
        examples=("10 ساعات", "24 ساعة", "شهر ونصف"),
        mappings={"ace": "TIMEX2", "wojood": "DATE"},
        color="#7986cb",
        hotkey="z",
    ),
    ValueType.NUM: TypeInfo(
        name_ar="عدد",
        name_en="Number / count",
        definition_ar="عدد، ولا سيما أعداد الضحايا والأسرى.",
        definition_en="A count, especially of casualties and prisoners.",
        examples=("32 قتيلا", "أكثر من 200", "13"),
        mappings={"ace": "Numeric", "wojood": "CARDINAL"},
        color="#90a4ae",
        hotkey="x",
    ),
}

EVENT_INFO: dict[EventType, TypeInfo] = {
    EventType.ATTACK: TypeInfo(
        name_ar="هجوم",
        name_en="Attack",
        definition_ar="استعمال القوة المادية: هجوم أو قصف أو اشتباك أو معركة.",
        definition_en="Use of physical force: attack, shelling, clash, battle.",
        examples=("المعارك", "هجوماً", "الاشتباكات", "قصف"),
        mappings={
            "ace": "Conflict:Attack",
            "plover": "ASSAULT",
            "cameo": "19",
            "acled": "Battles / Explosions/Remote violence",
        },
        color="#d32f2f",
        hotkey="q",
    ),
    EventType.DIE: TypeInfo(
        name_ar="وفاة",
        name_en="Die",
        definition_ar="موت شخص أو أشخاص.",
        definition_en="The death of one or more persons.",
        examples=("مقتل", "قتلوا", "القتلى"),
        mappings={"ace": "Life:Die", "plover": "ASSAULT (dead)", "acled": "fatalities"},
        color="#455a64",
        hotkey="w",
    ),
    EventType.INJURE: TypeInfo(
        name_ar="إصابة",
        name_en="Injure",
        definition_ar="جرح شخص أو أشخاص.",
        definition_en="The injury of one or more persons.",
        examples=("إصابة", "جرحوا", "الجرحى"),
        mappings={"ace": "Life:Injure"},
        color="#795548",
        hotkey="e",
    ),
    EventType.AGREEMENT: TypeInfo(
        name_ar="اتفاق",
        name_en="Agreement",
        definition_ar="اتفاق بين أطراف: وقف إطلاق نار أو معاهدة سلام أو تبادل أسرى. يُحدَّد نوعه ومرحلته.",
        definition_en="An agreement between parties: ceasefire, peace treaty, prisoner exchange. Set its kind and stage.",
        examples=("وقف إطلاق النار", "اتفاق", "معاهدة السلام", "الاتفاقات الثلاثية"),
        mappings={
            "ace": "-",
            "plover": "AGREE / SUPPORT / CONCEDE / RETREAT (ceasefire)",
            "cameo": "057 / 0871",
            "acled": "Strategic developments: Agreement",
        },
        color="#f57c00",
        hotkey="r",
    ),
    EventType.MEET: TypeInfo(
        name_ar="اجتماع",
        name_en="Meet / talks",
        definition_ar="لقاء أو محادثات أو مفاوضات وجهًا لوجه.",
        definition_en="A meeting, talks or negotiations in person.",
        examples=("محادثات", "المباحثات", "المفاوضات", "اجتماع"),
        mappings={
            "ace": "Contact:Meet",
            "plover": "CONSULT",
            "cameo": "045 / 046",
            "acled": "Agreement (peace talks)",
        },
        color="#1976d2",
        hotkey="t",
    ),
    EventType.PHONE: TypeInfo(
        name_ar="اتصال هاتفي",
        name_en="Phone call",
        definition_ar="مكالمة أو اتصال هاتفي أو مراسلة.",
        definition_en="A phone call or written correspondence.",
        examples=("محادثة هاتفية", "مكالمة هاتفية", "الاتصال الهاتفي"),
        mappings={"ace": "Contact:Phone-Write", "plover": "CONSULT (phone)", "cameo": "041"},
        color="#0288d1",
        hotkey="y",
    ),
    EventType.REQUEST: TypeInfo(
        name_ar="طلب",
        name_en="Request / call",
        definition_ar="دعوة أو مطالبة أو حثّ طرفٍ على فعل شيء.",
        definition_en="A call, demand or urging addressed to a party.",
        examples=("دعا", "دعوة", "حث", "دعوات"),
        mappings={"plover": "REQUEST", "cameo": "02 / 1056"},
        color="#7b1fa2",
        hotkey="i",
    ),
    EventType.ACCUSE: TypeInfo(
        name_ar="اتهام",
        name_en="Accuse",
        definition_ar="اتهام أو إدانة أو تنديد.",
        definition_en="An accusation, condemnation or denunciation.",
        examples=("اتهامات", "اتهمت", "ندد", "أدان"),
        mappings={"plover": "ACCUSE", "cameo": "111 / 1123"},
        color="#c2185b",
        hotkey="o",
    ),
    EventType.WITHDRAW: TypeInfo(
        name_ar="انسحاب",
        name_en="Withdraw",
        definition_ar="انسحاب قوات أو سحبها من مكان.",
        definition_en="The withdrawal of forces from a place.",
        examples=("انسحاب", "سحب", "إخراج"),
        mappings={
            "ace": "Movement:Transport",
            "plover": "RETREAT (withdraw)",
            "acled": "Non-violent transfer of territory",
        },
        color="#689f38",
        hotkey="p",
    ),
    EventType.DISARM: TypeInfo(
        name_ar="نزع السلاح",
        name_en="Disarm / surrender",
        definition_ar="إلقاء السلاح أو تسليمه أو حل قوات أو الاستسلام.",
        definition_en="Laying down or handing over weapons, disbanding forces, surrender.",
        examples=("إلقاء السلاح", "نزع سلاحها", "يستسلموا"),
        mappings={
            "plover": "RETREAT (disarm)",
            "cameo": "0873 / 0874",
            "acled": "Agreement (surrender)",
        },
        color="#5d4037",
        hotkey="a",
    ),
    EventType.RELEASE: TypeInfo(
        name_ar="إفراج أو تبادل",
        name_en="Release / exchange",
        definition_ar="إطلاق سراح أسرى أو محتجزين أو تبادلهم.",
        definition_en="The release or exchange of prisoners or detainees.",
        examples=("تبادل الأسرى", "عملية التبادل"),
        mappings={
            "ace": "Justice:Release-Parole",
            "plover": "RETREAT (release)",
            "cameo": "0841",
            "acled": "Agreement",
        },
        color="#00796b",
        hotkey="s",
    ),
    EventType.CONTROL: TypeInfo(
        name_ar="سيطرة",
        name_en="Control of territory",
        definition_ar="السيطرة على أرض أو استعادتها أو خسارتها أو احتلالها. يُحدَّد اتجاهها.",
        definition_en="Gaining, regaining, losing or occupying territory. Set its direction.",
        examples=("استعادة السيطرة", "سيطرة", "المحتلة", "خسرت"),
        mappings={
            "plover": "COERCE (seize)",
            "cameo": "192",
            "acled": "Battles: Government regains territory / Non-state actor overtakes territory",
        },
        color="#303f9f",
        hotkey="d",
    ),
    EventType.STATEMENT: TypeInfo(
        name_ar="تصريح",
        name_en="Statement",
        definition_ar="إعلان أو تصريح أو بيان علني.",
        definition_en="A public announcement, statement or declaration.",
        examples=("أعلن", "البيان", "أكد", "قال"),
        mappings={"ace": "-", "rich_ere": "Contact:Broadcast", "cameo": "01"},
        color="#0097a7",
        hotkey="f",
    ),
}


class RoleInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name_ar: str
    definition_en: str


ROLE_INFO: dict[Role, RoleInfo] = {
    Role.ATTACKER: RoleInfo(name_ar="المهاجم", definition_en="Who attacks."),
    Role.TARGET: RoleInfo(name_ar="الهدف", definition_en="Who or what is attacked."),
    Role.INSTRUMENT: RoleInfo(name_ar="الأداة", definition_en="The weapon used."),
    Role.PLACE: RoleInfo(name_ar="المكان", definition_en="Where the event happens."),
    Role.TIME: RoleInfo(name_ar="الزمان", definition_en="When the event happens."),
    Role.VICTIM: RoleInfo(
        name_ar="الضحية", definition_en="Who dies or is injured (a count is allowed)."
    ),
    Role.AGENT: RoleInfo(name_ar="الفاعل", definition_en="Who causes or carries out the event."),
    Role.PARTY: RoleInfo(
        name_ar="الطرف", definition_en="A party bound by the agreement (one relation per party)."
    ),
    Role.MEDIATOR: RoleInfo(name_ar="الوسيط", definition_en="Who mediates or sponsors."),
    Role.PARTICIPANT: RoleInfo(
        name_ar="المشارك", definition_en="Who takes part in the talks or the call."
    ),
    Role.REQUESTER: RoleInfo(name_ar="الطالب", definition_en="Who calls for or demands something."),
    Role.ADDRESSEE: RoleInfo(name_ar="المخاطَب", definition_en="Who is called upon."),
    Role.ACCUSER: RoleInfo(name_ar="المتهِم", definition_en="Who accuses or condemns."),
    Role.ACCUSED: RoleInfo(name_ar="المتهَم", definition_en="Who is accused or condemned."),
    Role.ORIGIN: RoleInfo(name_ar="المنطلق", definition_en="Where forces withdraw from."),
    Role.ARTIFACT: RoleInfo(
        name_ar="السلاح المسلَّم", definition_en="The weapons laid down or handed over."
    ),
    Role.RECIPIENT: RoleInfo(name_ar="المستلِم", definition_en="Who receives the weapons."),
    Role.PERSON: RoleInfo(
        name_ar="المُفرَج عنه", definition_en="Who is released or exchanged (a count is allowed)."
    ),
    Role.TERRITORY: RoleInfo(
        name_ar="الإقليم", definition_en="The territory gained, regained, lost or occupied."
    ),
    Role.LOSER: RoleInfo(name_ar="الخاسر", definition_en="Who loses control."),
    Role.SPEAKER: RoleInfo(name_ar="المتحدث", definition_en="Who makes the statement."),
}

VALUE_NAMES_AR: dict[str, str] = {
    Polarity.POSITIVE: "مثبت",
    Polarity.NEGATIVE: "منفي",
    Modality.ASSERTED: "مؤكد",
    Modality.FUTURE: "مستقبلي",
    Modality.HYPOTHETICAL: "افتراضي",
    Modality.REQUESTED: "مطلوب",
    Modality.PROPOSED: "مقترح",
    Tense.PAST: "ماضٍ",
    Tense.PRESENT: "حاضر",
    Tense.FUTURE: "مستقبل",
    Tense.UNSPECIFIED: "غير محدد",
    AgreementKind.CEASEFIRE: "وقف إطلاق نار",
    AgreementKind.PEACE_TREATY: "معاهدة سلام",
    AgreementKind.PRISONER_EXCHANGE: "تبادل أسرى",
    AgreementKind.DISARMAMENT: "نزع سلاح",
    AgreementKind.REINTEGRATION: "إعادة دمج",
    AgreementKind.OTHER: "أخرى",
    AgreementStage.PROPOSED: "مقترح",
    AgreementStage.AGREED: "متفق عليه",
    AgreementStage.SIGNED: "موقَّع",
    AgreementStage.IN_FORCE: "نافذ",
    AgreementStage.HOLDING: "صامد",
    AgreementStage.VIOLATED: "مخروق",
    AgreementStage.COLLAPSED: "منهار",
    ControlDirection.GAIN: "سيطرة",
    ControlDirection.REGAIN: "استعادة",
    ControlDirection.LOSE: "خسارة",
    ControlDirection.OCCUPY: "احتلال",
    OrgSubtype.GOV: "حكومية",
    OrgSubtype.MIL_STATE: "قوات دولة",
    OrgSubtype.NONSTATE_ARMED: "جماعة مسلحة",
    OrgSubtype.IGO: "منظمة دولية",
    OrgSubtype.MEDIA: "إعلام",
    OrgSubtype.NGO: "غير حكومية",
    OrgSubtype.OTHER: "أخرى",
}

ATTRIBUTE_NAMES: dict[str, tuple[str, str]] = {
    "polarity": ("القطبية", "Polarity"),
    "modality": ("الجهة", "Modality"),
    "tense": ("الزمن", "Tense"),
    "agreement_kind": ("نوع الاتفاق", "Agreement kind"),
    "agreement_stage": ("مرحلة الاتفاق", "Agreement stage"),
    "control_direction": ("اتجاه السيطرة", "Control direction"),
    "org_subtype": ("نوع المنظمة", "ORG subtype"),
}

ATTRIBUTE_CUES: dict[str, str] = {
    "polarity": "NEGATIVE when negated in the same clause: لم، لن، لا، ما، ليس، عدم، دون، غير (لم تشارك أرمينيا).",
    "modality": "FUTURE: س‍/سوف, تعتزم, من المقرر (ستباشران); HYPOTHETICAL: إذا، لو، قد، ربما; "
    "REQUESTED: دعا/حث … إلى; PROPOSED: اقترح، اقتراح. Otherwise ASSERTED.",
    "tense": "Perfective verb → PAST, imperfective → PRESENT, س/سوف → FUTURE; nominal triggers UNSPECIFIED unless dated.",
    "agreement_kind": "وقف إطلاق النار → ceasefire; معاهدة سلام → peace_treaty; تبادل الأسرى → prisoner_exchange.",
    "agreement_stage": "اقترح → proposed; اتفق، تم التوصل → agreed; وقع → signed; دخل حيز التنفيذ → in_force; "
    "ما يزال قائما → holding; خرق، انتهاك → violated; انهار → collapsed.",
    "control_direction": "سيطر → gain; استعاد → regain; خسر → lose; احتل، المحتلة → occupy.",
    "org_subtype": "وزارة، حكومة → GOV; جيش، قوات الدولة → MIL_STATE; انفصاليون، ميليشيا → NONSTATE_ARMED; "
    "الأمم المتحدة، مجموعة مينسك → IGO; وكالة، رويترز → MEDIA; الصليب الأحمر → NGO.",
}
