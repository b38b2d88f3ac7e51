"""A labelled set of window conditions (受理前核验) against guide conditions (受理条件), read by
meaning: restatements that must stay silent, and new or stricter conditions that must be
reported.

Each case is (window verification, guide conditions, label, source). Labels: ``published`` (the
guide states the same condition or a stricter one), ``stricter`` (the guide speaks of it more
loosely: 女方20 → 22, 本科 → 硕士, 内地居民 → 本市户籍, one alternative verified as if required),
``unpublished`` (no guide condition speaks of that attribute for that person). The guide wording
comes from the sample corpus (written after Beijing's published guides) and from published
guides and rules of other cities (addresses below: 佛山、唐山、乌鲁木齐、深圳、珠海); the window
lines are what a window writes when it restates them, tightens them or adds to them. The set
was labelled before the reader was written and run once before any tuning.

Sources:
  corpus-结婚登记   guides/西城区/结婚登记 (民法典 第一千零四十七条、第一千零四十九条的受理条件)
  corpus-工作居住证 guides/石景山区/工作居住证 (北京市工作居住证办理条件)
  corpus-公租房     guides/东城区/公租房资格申请
  corpus-养老助残卡 guides/东城区/养老助残卡
  corpus-城乡养老   guides/丰台区/城乡居民养老保险参保登记
  corpus-就业困难   guides/丰台区/就业困难人员认定
  corpus-独生子女   guides/大兴区/独生子女父母奖励
  corpus-临时救助   guides/平谷区/临时救助
  corpus-低保       guides/西城区/最低生活保障
  corpus-残疾人就业 guides/西城区/残疾人就业审核
  corpus-小客车     guides/海淀区/小客车指标家庭申请
  居住证条例        《居住证暂行条例》第二条 (佛山市法律顾问网转载：
                    http://fslgb.foshan.gov.cn/laws/gdszcfg_1/content/post_475631.html)
  唐山居住证        唐山市居住证办理条件 (http://m.easyfang.com/a/2023/1204/015284842.html)
  乌鲁木齐残疾人证  乌鲁木齐残疾人证办理条件 (http://wlmq.bendibao.com/live/canjizheng)
  深圳高龄津贴      深圳市高龄老年人津贴申请条件 (https://m.stra.cn/dongshi/rdece/xXPNdWYzv8)
  珠海优待证        珠海市优待证申领条件 (http://www.zhubao3.com/cont-11441.html)
  残疾证条件        办理残疾证的条件（本市常住户口、16周岁以上；检索摘录，无网址）
"""

from __future__ import annotations

PUBLISHED, STRICTER, UNPUBLISHED = "published", "stricter", "unpublished"

_MARRIAGE = [
    "男女双方均为内地居民，完全出于本人意愿结婚",
    "男方年满22周岁，女方年满20周岁",
    "男女双方均无配偶",
    "男女双方没有直系血亲和三代以内旁系血亲关系",
    "男女双方亲自到婚姻登记机关共同申请",
]
_WORK_PERMIT = [
    "申请人具有本科及以上学历并取得学士及以上学位，或具有中级及以上专业技术职称",
    "申请人与本市注册的用人单位签订1年以上劳动合同，合同剩余期限不少于1年",
    "用人单位在本市依法登记注册，并在本市为申请人缴纳社会保险",
    "申请人年龄不超过45周岁；具有高级专业技术职称或博士学位的，不超过50周岁",
]
_PUBLIC_RENTAL = [
    "申请人具有东城区户籍，年满18周岁，具有完全民事行为能力",
    "3人及以下家庭年收入10万元（含）以下，4人及以上家庭年收入13万元（含）以下",
    "申请家庭人均住房使用面积15平方米（含）以下",
    "申请家庭成员在本市均无自有住房、未承租公有住房、未购买经济适用住房等保障性住房",
]
_ELDERLY_CARD = [
    "年满60周岁的本市户籍老年人，或持有《北京市居住证》且年满60周岁的常住外埠老年人",
    "持有《中华人民共和国残疾人证》的本市户籍残疾人",
]
_RESIDENT_PENSION = [
    "年满16周岁（不含在校学生），具有本市户籍",
    "未参加职工基本养老保险，且不是国家机关和事业单位工作人员",
    "未领取基本养老保险待遇",
]
_ONLY_CHILD = [
    "夫妻双方或一方具有本市户籍，持有《独生子女父母光荣证》",
    "申请人没有工作单位，或原工作单位已撤销、破产",
    "独生子女未满18周岁",
]
_TEMPORARY_AID = [
    "申请人具有本市户籍，或持有《北京市居住证》且居住地在平谷区",
    "家庭成员遭遇火灾、交通事故或突发重大疾病，导致基本生活暂时出现严重困难",
    "申请前6个月内未因同一事由获得临时救助",
]
_SUBSISTENCE = [
    "共同生活的家庭成员中至少有1人具有本市户籍，且在本市实际居住",
    "家庭月人均收入低于本市当年公布的城乡居民最低生活保障标准",
    "家庭财产状况符合本市最低生活保障家庭财产认定标准",
]
_DISABLED_EMPLOYMENT = [
    "用人单位在西城区依法登记注册，并在西城区缴纳社会保险",
    "用人单位与残疾职工签订1年以上（含1年）劳动合同（服务协议）",
    "残疾职工实际领取的月工资不低于本市最低工资标准",
]
_CAR_QUOTA = [
    "家庭申请人均符合本市小客车指标个人申请的住所条件，且均未持有有效的小客车配置指标",
    "家庭成员名下均无本市登记的小客车",
    "主申请人持有有效的机动车驾驶证",
]
_RESIDENCE_PERMIT = [
    "离开常住户口所在地，到本市居住半年以上",
    "符合下列条件之一：",
    "有合法稳定就业",
    "有合法稳定住所",
    "连续就读",
]
_TANGSHAN = ["离开户籍所在地，在我市实际居住并办理居住登记已满半年"]
_DISABILITY_CARD = [
    "具有本市常住户口或合法有效长期居留证件",
    "年龄在16周岁以上",
    "符合评残标准，评残等级为一级至六级",
]
_URUMQI = ["视力残疾：双眼经治疗而不能恢复视力者，年龄应大于3周岁"]
_SHENZHEN_AGED = ["具有本市户籍、年龄在80周岁以上的老年人"]
_ZHUHAI = ["在本市居住的老年人需年满60周岁"]

CASES: list[tuple[str, list[str], str, str]] = [
    # ── the six rows of the sample corpus ──
    ("男女双方须提供无犯罪记录证明", _MARRIAGE, UNPUBLISHED, "corpus-结婚登记"),
    ("男女双方均为本市户籍", _MARRIAGE, STRICTER, "corpus-结婚登记"),
    ("男方年满22周岁，女方年满22周岁", _MARRIAGE, STRICTER, "corpus-结婚登记"),
    ("申请人具有硕士及以上学位", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("用人单位在本市依法纳税", _WORK_PERMIT, UNPUBLISHED, "corpus-工作居住证"),
    ("申请人年龄不超过45周岁且为本市户籍", _WORK_PERMIT, UNPUBLISHED, "corpus-工作居住证"),
    # ── 结婚登记 ──
    ("男方年满22周岁，女方年满20周岁", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男方年满二十二周岁，女方年满二十周岁", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("女方年满20周岁", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男方年满24周岁", _MARRIAGE, STRICTER, "corpus-结婚登记"),
    ("男女双方均无配偶", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男女双方均为内地居民", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男女双方均为中国公民", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男女双方亲自到婚姻登记机关共同申请", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("双方无直系血亲和三代以内旁系血亲关系", _MARRIAGE, PUBLISHED, "corpus-结婚登记"),
    ("男女双方均为本区户籍", _MARRIAGE, STRICTER, "corpus-结婚登记"),
    ("男女双方须提供婚前医学检查证明", _MARRIAGE, UNPUBLISHED, "corpus-结婚登记"),
    ("男女双方均具有大专及以上学历", _MARRIAGE, UNPUBLISHED, "corpus-结婚登记"),
    ("男女双方无不良信用记录", _MARRIAGE, UNPUBLISHED, "corpus-结婚登记"),
    # ── 工作居住证 ──
    ("申请人具有本科及以上学历并取得学士及以上学位", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("申请人具有中级及以上专业技术职称", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    (
        "申请人具有本科及以上学历并取得学士及以上学位，或具有中级及以上专业技术职称",
        _WORK_PERMIT,
        PUBLISHED,
        "corpus-工作居住证",
    ),
    ("申请人年龄不超过45周岁", _WORK_PERMIT, PUBLISHED, "corpus-工作居住证"),
    ("申请人年龄不超过四十周岁", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("申请人年龄在45周岁以下", _WORK_PERMIT, PUBLISHED, "corpus-工作居住证"),
    ("申请人与本市注册的用人单位签订1年以上劳动合同", _WORK_PERMIT, PUBLISHED, "corpus-工作居住证"),
    ("申请人与用人单位签订3年以上劳动合同", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("劳动合同剩余期限不少于2年", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("用人单位在本市为申请人缴纳社会保险", _WORK_PERMIT, PUBLISHED, "corpus-工作居住证"),
    ("用人单位为申请人连续缴纳社会保险满12个月", _WORK_PERMIT, STRICTER, "corpus-工作居住证"),
    ("用人单位在本市依法登记注册", _WORK_PERMIT, PUBLISHED, "corpus-工作居住证"),
    ("申请人在本市无违法犯罪记录", _WORK_PERMIT, UNPUBLISHED, "corpus-工作居住证"),
    ("用人单位注册资本不少于100万元", _WORK_PERMIT, UNPUBLISHED, "corpus-工作居住证"),
    ("申请人月收入不低于本市上年度职工月平均工资", _WORK_PERMIT, UNPUBLISHED, "corpus-工作居住证"),
    # ── 公租房 ──
    ("申请人具有东城区户籍，年满18周岁", _PUBLIC_RENTAL, PUBLISHED, "corpus-公租房"),
    ("申请人具有本市户籍", _PUBLIC_RENTAL, PUBLISHED, "corpus-公租房"),
    ("申请人年满18周岁", _PUBLIC_RENTAL, PUBLISHED, "corpus-公租房"),
    ("申请人年满20周岁", _PUBLIC_RENTAL, STRICTER, "corpus-公租房"),
    ("申请家庭人均住房使用面积15平方米以下", _PUBLIC_RENTAL, PUBLISHED, "corpus-公租房"),
    ("申请家庭人均住房使用面积不超过10平方米", _PUBLIC_RENTAL, STRICTER, "corpus-公租房"),
    ("申请家庭成员在本市均无自有住房", _PUBLIC_RENTAL, PUBLISHED, "corpus-公租房"),
    ("申请人在本市连续缴纳社会保险满3年", _PUBLIC_RENTAL, UNPUBLISHED, "corpus-公租房"),
    ("申请人户籍满5年", _PUBLIC_RENTAL, STRICTER, "corpus-公租房"),
    # ── 养老助残卡: alternatives ──
    ("年满60周岁的本市户籍老年人", _ELDERLY_CARD, PUBLISHED, "corpus-养老助残卡"),
    ("申请人须为本市户籍", _ELDERLY_CARD, STRICTER, "corpus-养老助残卡"),
    ("申请人年满65周岁", _ELDERLY_CARD, STRICTER, "corpus-养老助残卡"),
    ("持有《中华人民共和国残疾人证》的本市户籍残疾人", _ELDERLY_CARD, PUBLISHED, "corpus-养老助残卡"),
    # ── 城乡居民养老保险 ──
    ("年满16周岁，具有本市户籍", _RESIDENT_PENSION, PUBLISHED, "corpus-城乡养老"),
    ("申请人年满十六周岁", _RESIDENT_PENSION, PUBLISHED, "corpus-城乡养老"),
    ("申请人年满18周岁", _RESIDENT_PENSION, STRICTER, "corpus-城乡养老"),
    ("未参加职工基本养老保险", _RESIDENT_PENSION, PUBLISHED, "corpus-城乡养老"),
    ("申请人具有本区户籍", _RESIDENT_PENSION, STRICTER, "corpus-城乡养老"),
    ("申请人户籍迁入本市满1年", _RESIDENT_PENSION, STRICTER, "corpus-城乡养老"),
    # ── 独生子女父母奖励 ──
    ("夫妻双方或一方具有本市户籍", _ONLY_CHILD, PUBLISHED, "corpus-独生子女"),
    ("夫妻一方具有本市户籍", _ONLY_CHILD, PUBLISHED, "corpus-独生子女"),
    ("夫妻双方均具有本市户籍", _ONLY_CHILD, STRICTER, "corpus-独生子女"),
    ("独生子女未满18周岁", _ONLY_CHILD, PUBLISHED, "corpus-独生子女"),
    ("独生子女未满16周岁", _ONLY_CHILD, STRICTER, "corpus-独生子女"),
    ("持有《独生子女父母光荣证》", _ONLY_CHILD, PUBLISHED, "corpus-独生子女"),
    # ── 临时救助 ──
    ("申请前6个月内未因同一事由获得临时救助", _TEMPORARY_AID, PUBLISHED, "corpus-临时救助"),
    ("申请前12个月内未因同一事由获得临时救助", _TEMPORARY_AID, STRICTER, "corpus-临时救助"),
    ("申请人具有本市户籍", _TEMPORARY_AID, STRICTER, "corpus-临时救助"),
    # ── 最低生活保障 ──
    ("共同生活的家庭成员中至少有1人具有本市户籍", _SUBSISTENCE, PUBLISHED, "corpus-低保"),
    ("家庭月人均收入低于本市最低生活保障标准", _SUBSISTENCE, PUBLISHED, "corpus-低保"),
    ("共同生活的家庭成员均具有本市户籍", _SUBSISTENCE, STRICTER, "corpus-低保"),
    ("家庭成员名下无机动车", _SUBSISTENCE, UNPUBLISHED, "corpus-低保"),
    # ── 残疾人就业审核 ──
    ("用人单位在西城区缴纳社会保险", _DISABLED_EMPLOYMENT, PUBLISHED, "corpus-残疾人就业"),
    ("用人单位与残疾职工签订1年以上劳动合同", _DISABLED_EMPLOYMENT, PUBLISHED, "corpus-残疾人就业"),
    ("用人单位与残疾职工签订2年以上劳动合同", _DISABLED_EMPLOYMENT, STRICTER, "corpus-残疾人就业"),
    ("用人单位依法纳税", _DISABLED_EMPLOYMENT, UNPUBLISHED, "corpus-残疾人就业"),
    # ── 小客车指标 ──
    ("主申请人名下无本市登记的小客车", _CAR_QUOTA, PUBLISHED, "corpus-小客车"),
    ("主申请人持有有效的机动车驾驶证", _CAR_QUOTA, PUBLISHED, "corpus-小客车"),
    ("主申请人驾驶证实习期已满", _CAR_QUOTA, UNPUBLISHED, "corpus-小客车"),
    # ── 居住证 (符合下列条件之一) ──
    ("到本市居住半年以上", _RESIDENCE_PERMIT, PUBLISHED, "居住证条例"),
    ("在本市居住1年以上", _RESIDENCE_PERMIT, STRICTER, "居住证条例"),
    ("申请人有合法稳定就业", _RESIDENCE_PERMIT, STRICTER, "居住证条例"),
    ("申请人在本市连续缴纳社会保险满6个月", _RESIDENCE_PERMIT, UNPUBLISHED, "居住证条例"),
    ("在我市实际居住并办理居住登记已满半年", _TANGSHAN, PUBLISHED, "唐山居住证"),
    ("在我市实际居住已满1年", _TANGSHAN, STRICTER, "唐山居住证"),
    # ── 残疾人证 ──
    ("申请人年龄在16周岁以上", _DISABILITY_CARD, PUBLISHED, "残疾证条件"),
    ("申请人年满18周岁", _DISABILITY_CARD, STRICTER, "残疾证条件"),
    ("申请人具有本市常住户口", _DISABILITY_CARD, STRICTER, "残疾证条件"),
    ("年龄应大于3周岁", _URUMQI, PUBLISHED, "乌鲁木齐残疾人证"),
    ("年龄应大于6周岁", _URUMQI, STRICTER, "乌鲁木齐残疾人证"),
    # ── 高龄津贴、优待证 ──
    ("具有本市户籍、年龄在80周岁以上", _SHENZHEN_AGED, PUBLISHED, "深圳高龄津贴"),
    ("申请人年满八十周岁", _SHENZHEN_AGED, PUBLISHED, "深圳高龄津贴"),
    ("申请人年满90周岁", _SHENZHEN_AGED, STRICTER, "深圳高龄津贴"),
    ("申请人具有本市户籍满10年", _SHENZHEN_AGED, STRICTER, "深圳高龄津贴"),
    ("老年人需年满60周岁", _ZHUHAI, PUBLISHED, "珠海优待证"),
    ("老年人需具有本市户籍", _ZHUHAI, UNPUBLISHED, "珠海优待证"),
]
