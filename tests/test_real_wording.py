"""Held-out wording of real Beijing 办事指南: precision and recall of the document rules.

Each case is a guide fragment (merged over the clean base guide, like the rules' examples)
written the way 首都之窗 and the district portals word their guides, with the findings a
首都之窗 reviewer expects from it. Most fragments are clean; the defective ones carry the
defect real guides have. ``python -m tests.test_real_wording`` prints the per-rule figures.

First run (2026-11-27): the first 80 cases, before any rule or vocabulary change, gave 9 false
findings and 1 miss. Later batches were written to probe weak spots and measured against
rules already adjusted; over the whole set the code as it stood before any of those changes
gave 20 false findings and 3 misses on 70 expected findings.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.guide_cases import (
    Case,
    conditions,
    findings_of,
    limits,
    material,
    materials,
    print_figures,
    yaml_list,
)

SHARED_ID = "已领取电子身份证照的，通过电子证照库调取"
LICENCE_SHARED = "已领取电子营业执照的，通过电子证照库调取，无需提交纸质执照"

CASES = [
    # ── 受理条件 ──
    Case(
        "条件-编号条款",
        conditions(
            "（一）申请人应当具备完全民事行为能力；",
            "（二）申请人及其配偶、未成年子女在本市无住房；",
            "（三）已参加本市城镇职工基本养老保险，且连续缴费满6个月。",
        ),
    ),
    Case(
        "条件-法人或者其他组织",
        conditions("申请人为在本市依法登记的企业法人或者其他组织", "具有一般纳税人资格"),
    ),
    Case(
        "条件-书名号内的若干规定",
        conditions("符合《国务院关于在线政务服务的若干规定》第七条的要求，已实现数据共享的材料不再提交"),
    ),
    Case(
        "条件-等级与高等学校",
        conditions("申请人持有中华人民共和国残疾人证，残疾等级为一级或二级", "具有高等学校本科及以上学历"),
    ),
    Case(
        "条件-法律法规规定的其他条件",
        conditions("（一）年满18周岁；", "（二）法律、行政法规规定的其他条件。"),
        ("catch-all-clause",),
    ),
    Case("条件-国家规定的其他条件", conditions("符合国家规定的其他条件"), ("catch-all-clause",)),
    Case("条件-必要时", conditions("必要时，街道办事处组织入户调查"), ("vague-wording",)),
    Case("条件-国家有关规定", conditions("申请人符合国家有关规定"), ("vague-wording",)),
    Case("条件-原则上", conditions("原则上向户籍所在地街道办事处提出申请"), ("vague-wording",)),
    Case("条件-有效身份证件", conditions("申请人持有效身份证件"), ("umbrella-term",)),
    Case(
        "条件-开口列举",
        conditions("申请人未购买经济适用住房、限价商品住房等保障性住房"),
        ("catch-all-clause",),
    ),
    Case("条件-等候通知", conditions("申请人提交申请后，等候审核结果通知，无需再到窗口")),
    Case(
        "条件-本人签字但可委托",
        conditions("法定代表人本人签字确认，也可委托他人持授权委托书办理") + "委托代办: 可以\n",
    ),
    # ── 设定依据：引用法律原文，一律不检查 ──
    Case(
        "依据-行政许可法第二十九条",
        yaml_list(
            "设定依据",
            "《中华人民共和国行政许可法》第二十九条 公民、法人或者其他组织从事特定活动，依法需要取得行政许可的，"
            "应当向行政机关提出申请。申请书需要采用格式文本的，行政机关应当向申请人提供行政许可申请书格式文本。",
            "《中华人民共和国行政许可法》第三十一条 申请人申请行政许可，应当如实向行政机关提交有关材料和反映真实情况，"
            "并对其申请材料实质内容的真实性负责。",
        ),
    ),
    Case(
        "依据-不动产登记暂行条例第十六条",
        yaml_list(
            "设定依据",
            "《不动产登记暂行条例》第十六条 申请人应当提交下列材料，并对申请材料的真实性负责：（一）登记申请书；"
            "（二）申请人、代理人身份证明材料、授权委托书；（三）相关的不动产权属来源证明材料、登记原因证明文件、"
            "不动产权属证书；（四）不动产界址、空间界限、面积等材料；（五）与他人利害关系的说明材料；"
            "（六）法律、行政法规以及本条例实施细则规定的其他材料。必要时，不动产登记机构可以依照有关规定……",
        ),
    ),
    # ── 申请材料：名称 ──
    Case(
        "材料-营业执照副本",
        materials(
            material("《营业执照》副本", source="政府部门核发", copies=1, originals=0, 免提交=LICENCE_SHARED)
        ),
    ),
    Case(
        "材料-法定代表人身份证明书",
        materials(material("法定代表人身份证明书", originals=1, copies=0, 受理标准="加盖单位公章")),
    ),
    Case(
        "材料-授权委托书（原件）",
        materials(
            material(
                "授权委托书（原件）",
                necessity="非必要",
                copies=0,
                适用情形="委托他人代为办理的",
                空白表格="授权委托书（样表）.docx",
            )
        ),
    ),
    Case(
        "材料-一般纳税人资格登记表",
        materials(
            material("增值税一般纳税人资格登记表", copies=0, 空白表格="https://beijing.chinatax.gov.cn/")
        ),
    ),
    Case(
        "材料-残疾人证（残疾等级一级）",
        # 残疾人证是证件简称：glossary 决定作为别名提示规范全称（info）；“等级”中的“等”不是列举。
        materials(
            material("残疾人证（残疾等级一级）", source="政府部门核发", 免提交="通过残疾人证电子证照调取")
        ),
        ("nonstandard-name",),
    ),
    Case(
        "材料-高等学校毕业证书",
        materials(material("高等学校毕业证书", 受理标准="可在学信网查验，国（境）外学历须提交认证书")),
    ),
    Case(
        "材料-不动产权属证书",
        materials(material("不动产权属证书", source="政府部门核发", 免提交="通过不动产登记信息共享获取")),
        ("nonstandard-name",),
    ),
    Case(
        "材料-户口簿（户主页及本人页）",
        materials(
            material(
                "户口簿（户主页及本人页）", source="政府部门核发", 免提交="本市户籍的，通过人口库共享核验"
            )
        ),
        ("nonstandard-name",),
    ),
    Case(
        "材料-近6个月内照片",
        materials(
            material("近期一寸免冠彩色照片", originals=2, copies=0, 受理标准="近6个月内一寸白底免冠彩色照片")
        ),
    ),
    Case(
        "材料-受理标准写近期",
        materials(
            material("一寸免冠彩色照片", originals=2, copies=0, 受理标准="近期一寸免冠彩色照片，背景为白色")
        ),
        ("vague-wording",),
    ),
    Case(
        "材料-申请人（或代理人）有效身份证件",
        materials(material("申请人（或代理人）有效身份证件", source="政府部门核发", 免提交=SHARED_ID)),
        ("umbrella-term",),
    ),
    Case(
        "材料-有效身份证件列出成员",
        materials(material("有效身份证件（居民身份证或护照）", source="政府部门核发", 免提交=SHARED_ID)),
    ),
    Case(
        "材料-有效身份证件列出成员后以等收尾",
        # 列出了成员，不是笼统名称；但“等”让列举开口，仍是兜底（SPEC：以“等”收尾的列举）。
        materials(material("有效身份证件（居民身份证、护照等）", source="政府部门核发", 免提交=SHARED_ID)),
        ("catch-all-clause",),
    ),
    Case(
        "材料-经办人身份证件",
        materials(material("经办人身份证件", source="政府部门核发", 免提交=SHARED_ID)),
        ("umbrella-term",),
    ),
    Case(
        "材料-主体资格证明",
        materials(material("法人或其他组织的主体资格证明", source="政府部门核发", 免提交=LICENCE_SHARED)),
        ("umbrella-term",),
    ),
    Case(
        "材料-营业执照或其他主体资格证明",
        materials(material("营业执照或其他主体资格证明", source="政府部门核发", 免提交=LICENCE_SHARED)),
        ("catch-all-clause",),
    ),
    Case(
        "材料-收入证明写明出具单位和内容",
        # 收入证明没有固定成员；受理标准已按词表建议写明出具单位、期间和载明内容，申请人知道带什么。
        materials(
            material(
                "收入证明",
                copies=0,
                受理标准="由申请人所在单位出具并加盖公章，载明申请前12个月的月均收入",
            )
        ),
    ),
    Case(
        "材料-婚姻状况证明按情形列明",
        materials(
            material(
                "婚姻状况证明",
                source="政府部门核发",
                受理标准="已婚的提交结婚证；离婚的提交离婚证或离婚民事判决书",
                免提交="本市登记的婚姻信息通过数据共享获取",
            )
        ),
    ),
    Case("材料-其他相关材料", materials(material("其他相关材料")), ("catch-all-clause",)),
    Case(
        "材料-学历学位等材料",
        # 两处问题都真实存在：“等”让列举开口；去掉“等”后“学历证书”仍未写明学历层次。
        materials(material("学历证书、学位证书等材料")),
        ("catch-all-clause", "umbrella-term"),
    ),
    Case(
        "材料-身份证复印件",
        materials(material("申请人身份证复印件", source="政府部门核发", originals=0, 免提交=SHARED_ID)),
        ("nonstandard-name",),
    ),
    Case(
        "材料-香港身份证",
        materials(
            material("香港永久性居民身份证", source="其他", 适用情形="申请人为香港居民的", necessity="非必要")
        ),
    ),
    Case(
        "材料-基本账户",
        materials(material("基本账户开户信息", copies=1, originals=0, 受理标准="加盖单位公章")),
    ),
    Case(
        "材料-基本存款账户信息",
        materials(
            material("基本存款账户信息", copies=1, originals=0, 受理标准="基本存款账户信息齐全，加盖单位公章")
        ),
    ),
    Case(
        "材料-对相关材料真实性负责",
        materials(
            material(
                "信用承诺书",
                copies=0,
                受理标准="申请人对所提交相关材料真实性负责，由申请人签字",
                空白表格="信用承诺书.docx",
            )
        ),
    ),
    # ── 申请材料：说明是否完整 ──
    Case(
        "材料-登记表没有空白表格",
        materials(material("北京市城乡居民基本养老保险参保登记表", copies=0)),
        ("material-incomplete",),
    ),
    Case(
        "材料-非必要没有适用情形",
        materials(material("授权委托书", necessity="非必要", copies=0, 空白表格="授权委托书.docx")),
        ("material-incomplete",),
    ),
    Case(
        "材料-电子材料零份",
        materials(material("项目可行性研究报告", originals=0, copies=0, medium="电子")),
    ),
    Case(
        "材料-户口簿政府核发无免提交",
        materials(material("居民户口簿", source="政府部门核发")),
        ("government-issued-material",),
    ),
    Case(
        "材料-适用情形开口列举",
        materials(
            material(
                "护照及中文翻译件",
                necessity="非必要",
                适用情形="申请人为港澳台居民、外国人等",
            )
        ),
        ("catch-all-clause",),
    ),
    Case(
        "材料-填报须知有关规定",
        materials(
            material(
                "北京市公共场所卫生许可申请表",
                copies=0,
                填报须知="按照有关规定填写，信息变更的应及时办理变更",
                空白表格="申请表.docx",
            )
        ),
        ("vague-wording", "vague-wording"),
    ),
    # ── 收费 ──
    Case("收费-不收费", "是否收费: 否\n"),
    Case(
        "收费-写明标准和依据",
        "是否收费: 是\n收费标准: 住宅类不动产登记费每件80元\n"
        "收费依据: 《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）\n",
    ),
    Case("收费-没有依据", "是否收费: 是\n收费标准: 每件80元\n", ("fee-incomplete",)),
    # ── 办结时限 ──
    Case("时限-工作日", limits(20, "工作日", 5, "工作日")),
    Case("时限-即办件", limits(20, "工作日", 0, "工作日")),
    Case("时限-自然日与工作日", limits(60, "自然日", 40, "工作日")),
    Case("时限-承诺超过法定", limits(10, "工作日", 15, "工作日"), ("time-limit-inconsistent",)),
    Case(
        "时限-流程合计",
        limits(20, "工作日", 5, "工作日")
        + "办理流程:\n  - 环节: 受理\n    时限: 1\n  - 环节: 审查\n    时限: 3\n  - 环节: 决定\n    时限: 1\n",
    ),
    # ── 到现场 ──
    Case(
        "现场-写明原因",
        "到现场次数: 1\n委托代办: 不可以\n办理方式:\n  - 窗口办理\n"
        "必须现场办理原因说明: 依据《婚姻登记条例》第七条，结婚登记须双方当事人共同到婚姻登记机关办理\n"
        + conditions("结婚登记双方当事人须亲自到婚姻登记机关办理"),
    ),
    Case(
        "现场-没有原因",
        "到现场次数: 1\n委托代办: 不可以\n办理方式:\n  - 窗口办理\n",
        ("in-person-without-alternative",),
    ),
    Case("现场-零次可委托", "到现场次数: 0\n委托代办: 可以\n办理方式:\n  - 网上办理\n"),
    # ── 办理时间、咨询方式 ──
    Case("时间-工作日上下午", "办理时间: 工作日上午9:00-12:00，下午13:30-17:00（法定节假日除外）\n"),
    Case(
        "咨询-常见写法",
        yaml_list(
            "咨询方式",
            "010-12345678",
            "咨询电话：(010)88888888",
            "北京市政务服务中心一层咨询台",
            "北京市西城区西直门南大街2号，邮编：100035",
        )
        + yaml_list("监督投诉方式", "12345", "12345市民服务热线"),
    ),
    Case(
        "咨询-电话后写接听时间",
        yaml_list("咨询方式", "咨询电话：010-89123456（工作日上午9:00-12:00，下午13:30-17:00）"),
    ),
    Case(
        "咨询-分机和400",
        yaml_list("咨询方式", "010-68861234转8001", "400-810-1234"),
    ),
    Case("咨询-缺位数", yaml_list("咨询方式", "010-6996123"), ("contact-invalid",)),
    Case("咨询-没有区号", yaml_list("咨询方式", "咨询电话：6886123"), ("contact-invalid",)),
    # ── 更多真实写法 ──
    Case(
        "条件-引号内引用法条",
        conditions(
            "符合《食品经营许可和备案管理办法》第十二条规定：“具有与经营的食品品种、数量相适应的食品原料处理"
            "和食品加工、销售、贮存等场所，并与有毒、有害场所以及其他污染源保持规定的距离”"
        ),
    ),
    Case("条件-不得增设其他条件", conditions("符合上述条件的，窗口应当受理，不得增设其他条件")),
    Case(
        "条件-如实提交有关材料",
        conditions("申请人应当如实提交有关材料和反映真实情况，并对申请材料实质内容的真实性负责"),
    ),
    Case("条件-一般情况下", conditions("一般情况下，申请人应在户籍所在地办理"), ("vague-wording",)),
    Case(
        "条件-证件列举以等收尾",
        conditions("申请时须出示居民身份证、居民户口簿等证件原件"),
        ("catch-all-clause",),
    ),
    Case(
        "材料-房产证",
        materials(material("房产证", source="政府部门核发", 免提交="通过不动产登记信息共享获取")),
        ("umbrella-term",),
    ),
    Case(
        "材料-受托人身份证件（居民身份证）",
        materials(material("受托人身份证件（居民身份证）", source="政府部门核发", 免提交=SHARED_ID)),
    ),
    Case(
        "材料-中等职业学校毕业证书",
        materials(material("中等职业学校毕业证书", 受理标准="同等学力人员提交学历证明书")),
    ),
    Case(
        "材料-受理标准基本账户",
        materials(
            material(
                "开户许可证或基本账户信息",
                copies=1,
                originals=0,
                受理标准="基本账户开户银行出具，加盖银行业务章",
            )
        ),
    ),
    Case(
        "材料-家庭情况表没有空白表格",
        materials(material("申请家庭成员及收入情况表", copies=0, 填报须知="用黑色签字笔填写，字迹工整")),
        ("material-incomplete",),
    ),
    Case(
        "材料-容缺后补写明情形",
        materials(
            material(
                "不动产权证书",
                source="政府部门核发",
                necessity="容缺后补",
                适用情形="正在办理不动产转移登记、尚未领取证书的，可在领证后5个工作日内补交",
            )
        ),
    ),
    Case(
        "现场-写明无需本人到场",
        "到现场次数: 0\n委托代办: 不可以\n办理方式:\n  - 邮寄办理\n"
        + conditions("申请人无需本人到场，可通过邮寄方式提交申请材料"),
    ),
    Case(
        "现场-可以委托",
        "到现场次数: 1\n委托代办: 可以\n办理方式:\n  - 窗口办理\n"
        + conditions("申请人本人到场或委托他人办理"),
    ),
    Case(
        "咨询-地址手机和热线",
        yaml_list(
            "咨询方式",
            "北京市朝阳区政务服务中心（朝阳区工体北路甲2号）",
            "13800138000",
            "咨询时间：周一至周五 8:30-17:30",
        )
        + yaml_list("监督投诉方式", "监督电话：010-12345678；电子邮箱：jdts@bjchy.gov.cn", "95598"),
    ),
    Case("咨询-010后五位", yaml_list("咨询方式", "咨询电话：010-12345"), ("contact-invalid",)),
    Case("时限-承诺工作日超过法定自然日", limits(60, "自然日", 45, "工作日"), ("time-limit-inconsistent",)),
    Case(
        "收费-政府核发证件工本费",
        "是否收费: 是\n收费标准: 按照《北京市行政事业性收费项目目录》执行，工本费每证10元\n",
        ("fee-incomplete",),
    ),
    # ── 每处修改的对照：看似相同、仍应报告的写法 ──
    Case(
        "对照-引号内不是法条",
        conditions("申请人须按窗口要求提交“居民身份证、居民户口簿等证件”"),
        ("catch-all-clause",),
    ),
    Case(
        "对照-法条引文之后的编写人员用语",
        conditions("符合《居住证暂行条例》第九条规定：“在居住地居住半年以上”；必要时提交其他材料"),
        ("vague-wording", "catch-all-clause"),
    ),
    Case(
        "对照-电话缺位数后写接听时间",
        yaml_list("咨询方式", "咨询电话：010-6996123（工作日9:00-17:00）"),
        ("contact-invalid",),
    ),
    Case(
        "对照-无需预约但须本人到场",
        "到现场次数: 1\n委托代办: 不可以\n办理方式:\n  - 窗口办理\n"
        + conditions("无需预约，申请人须本人到场签字"),
        ("in-person-without-alternative",),
    ),
    Case(
        "对照-另附相关材料", materials(material("劳动合同", 受理标准="另附相关材料")), ("catch-all-clause",)
    ),
    Case("对照-主管部门规定的其他条件", conditions("以及主管部门规定的其他条件"), ("catch-all-clause",)),
    Case("对照-基本齐全", materials(material("劳动合同", 受理标准="合同内容基本齐全")), ("vague-wording",)),
    Case(
        "对照-情况表附空白表格",
        materials(material("申请家庭成员及收入情况表", copies=0, 空白表格="情况表.docx")),
    ),
    Case(
        "对照-收入证明只写盖章",
        materials(material("收入证明", copies=0, 受理标准="加盖公章")),
        ("umbrella-term",),
    ),
    # ── 第二批：更多首都之窗常见写法 ──
    Case(
        "材料-身份证明材料（居民身份证）",
        materials(material("申请人身份证明材料（居民身份证）", source="政府部门核发", 免提交=SHARED_ID)),
    ),
    Case(
        "材料-法定代表人身份证件复印件",
        materials(material("法定代表人身份证件复印件", source="政府部门核发", originals=0, 免提交=SHARED_ID)),
        ("umbrella-term",),
    ),
    Case("条件-身份证件号码一致", conditions("申请表填写的身份证件号码应与所持证件一致")),
    Case(
        "材料-其他共有人身份证明",
        # “其他”修饰“共有人”，不是兜底；但“身份证明”仍未写明证件。
        materials(material("其他共有人身份证明", source="政府部门核发", 免提交=SHARED_ID)),
        ("umbrella-term",),
    ),
    Case(
        "材料-主体资格证明文件（营业执照）",
        materials(material("主体资格证明文件（营业执照）", source="政府部门核发", 免提交=LICENCE_SHARED)),
    ),
    Case(
        "材料-住所（经营场所）使用证明",
        # glossary 把“住所（经营场所）使用证明”列为“住所使用证明”的写法（info，可自动改写）。
        materials(material("住所（经营场所）使用证明", copies=0, 受理标准="产权人签字或盖章")),
        ("nonstandard-name",),
    ),
    Case(
        "材料-养老保险参保证明",
        materials(
            material(
                "城镇职工基本养老保险参保证明",
                source="政府部门核发",
                免提交="通过本市社会保险信息系统共享核验",
            )
        ),
    ),
    Case(
        "材料-车船税完税证明",
        materials(
            material(
                "车船税完税证明",
                source="其他",
                受理标准="机动车交通事故责任强制保险单已载明车船税的，无需另行提交",
            )
        ),
    ),
    Case(
        "材料-学历证书电子注册备案表",
        # 学信网打印、由出具方填写，不是申请人填写的表格。
        materials(
            material(
                "教育部学历证书电子注册备案表",
                source="政府部门核发",
                copies=0,
                受理标准="在学信网打印，在验证有效期内",
                免提交="通过学信网在线验证的，无需提交",
            )
        ),
    ),
    Case(
        "材料-高中毕业证",
        materials(material("高中毕业证", copies=1)),
        ("nonstandard-name",),
    ),
    Case(
        "材料-申请表及附表",
        materials(material("公司变更登记申请表及附表", copies=0)),
        ("material-incomplete",),
    ),
    Case(
        "材料-网络安全等级保护备案证明",
        materials(
            material("信息系统安全等级保护备案证明", source="政府部门核发", 免提交="通过公安机关信息共享核验")
        ),
    ),
    Case(
        "材料-委托原因开口列举",
        # 委托的理由由窗口临场认定，申请人无法事先知道能否委托：首都之窗审核会要求列全。
        materials(
            material(
                "授权委托书",
                necessity="非必要",
                copies=0,
                适用情形="申请人因年老、疾病、残疾等原因不能亲自办理的",
                空白表格="授权委托书.docx",
            )
        ),
        ("catch-all-clause",),
    ),
    Case("条件-基本住房保障", conditions("申请家庭符合本市基本住房保障条件")),
    Case(
        "条件-城乡居民基本医疗保险",
        conditions("已参加本市城乡居民基本医疗保险或城镇职工基本医疗保险", "持有北京市居住证"),
    ),
    Case(
        "条件-残疾人保障法实施办法",
        conditions("符合《北京市实施〈中华人民共和国残疾人保障法〉办法》第二十条规定的条件"),
    ),
    Case(
        "现场-签字后邮寄",
        # 本人签字不等于本人到场：在家签字后邮寄即可。
        "到现场次数: 0\n委托代办: 不可以\n办理方式:\n  - 邮寄办理\n"
        + materials(
            material(
                "困难职工帮扶申请表", copies=0, 填报须知="由申请人本人签字确认后邮寄", 空白表格="申请表.docx"
            )
        ),
    ),
    Case(
        "现场-现场签字",
        "到现场次数: 0\n委托代办: 不可以\n办理方式:\n  - 邮寄办理\n" + conditions("股东须到登记机关现场签字"),
        ("in-person-without-alternative",),
    ),
    Case(
        "咨询-全角括号区号与分段号码",
        yaml_list(
            "咨询方式", "（010）12345678", "010 8888 8888", "010-12345678-8001", "工作时间：9：00—17：00"
        ),
    ),
    Case(
        "咨询-第二个号码省略区号",
        # 第二个号码沿用前一个号码的区号（真实指南的常见写法），拨得通，不报告。
        yaml_list("咨询方式", "010-89123456、89123457"),
    ),
    Case(
        "时限-流程超过承诺",
        limits(20, "工作日", 3, "工作日")
        + "办理流程:\n  - 环节: 受理\n    时限: 1\n  - 环节: 审查\n    时限: 2\n  - 环节: 决定\n    时限: 1\n",
        ("time-limit-inconsistent",),
    ),
    Case(
        "政府核发-容缺后补",
        materials(
            material(
                "居民户口簿",
                source="政府部门核发",
                necessity="容缺后补",
                适用情形="户口簿正在换发的，可在受理后10个工作日内补交",
            )
        ),
    ),
    Case(
        "对照-只写参保证明",
        materials(material("参保证明", source="政府部门核发", 免提交="通过本市社会保险信息系统共享核验")),
        ("nonstandard-name",),
    ),
    Case("对照-基本符合", conditions("申请家庭住房条件基本符合本市规定标准"), ("vague-wording",)),
    Case(
        "对照-来源其他的申请表",
        materials(material("困难职工帮扶申请表", source="其他", copies=0)),
        ("material-incomplete",),
    ),
    # ── 第三批 ──
    Case(
        "条件-一条写完的编号条款",
        conditions("（一）申请人为本市户籍；（二）年满60周岁；（三）法律法规规定的其他条件。"),
        ("catch-all-clause",),
    ),
    Case(
        "条件-多部法律等法律法规",
        conditions("建设项目符合《中华人民共和国城乡规划法》、《中华人民共和国建筑法》等法律法规的规定"),
        ("catch-all-clause",),
    ),
    *(
        Case(f"条件-明确写法{number}", conditions(text))
        for number, text in enumerate(
            (
                "申请人年满18周岁（以居民身份证记载的出生日期为准）",
                "在本市连续缴纳社会保险满5年（不含补缴）",
                "申请人须为本市户籍人员或持有有效北京市居住证的非本市户籍人员",
                "持有效的《北京市工作居住证》",
                "申请人应提交真实、有效的申请材料，以上材料均需提供原件及复印件",
                "已取得“北京市级非物质文化遗产代表性传承人”称号",
            ),
            1,
        )
    ),
    Case("条件-符合相关条件", conditions("申请人符合相关条件"), ("vague-wording",)),
    Case(
        "材料-法定代表人（负责人）身份证件",
        materials(material("法定代表人（负责人）身份证件", source="政府部门核发", 免提交=SHARED_ID)),
        ("umbrella-term",),
    ),
    *(
        Case(f"材料-明确写法{number}", materials(entry))
        for number, entry in enumerate(
            (
                material("营业执照（副本）复印件", source="政府部门核发", originals=0, 免提交=LICENCE_SHARED),
                material("居民身份证（原件及正反面复印件）", source="政府部门核发", 免提交=SHARED_ID),
                material("房屋租赁合同（租期一年以上）", 受理标准="出租人为产权人的，附不动产权证书复印件"),
                material(
                    "个人所得税纳税记录（近12个月）", source="政府部门核发", 免提交="通过税务数据共享获取"
                ),
                material("申请人书面申请", copies=0, 填报须知="须用黑色或蓝黑色钢笔、签字笔填写，不得涂改"),
                material("结婚证", necessity="非必要", source="政府部门核发", 适用情形="申请人已婚的"),
            ),
            1,
        )
    ),
    Case(
        "材料-纳税证明",
        materials(material("纳税证明", source="政府部门核发", 免提交="通过税务数据共享获取")),
        ("umbrella-term",),
    ),
    Case(
        "材料-社保缴费证明",
        materials(material("社保缴费证明", source="政府部门核发", 免提交="通过本市社会保险信息系统共享核验")),
        ("nonstandard-name",),
    ),
    Case(
        "材料-适用情形特殊情况",
        materials(material("情况说明", necessity="非必要", copies=0, 适用情形="特殊情况下需提供")),
        ("vague-wording",),
    ),
    # ── 第四批：分词陷阱 ──
    Case(
        "材料-居民身份证或其他有效身份证件",
        # “其他”加笼统名称只报兜底条款，不再另报笼统名称。
        materials(material("居民身份证或其他有效身份证件", source="政府部门核发", 免提交=SHARED_ID)),
        ("catch-all-clause",),
    ),
    Case("条件-基本养老服务对象", conditions("申请人为本市基本养老服务对象")),
    Case("条件-基本殡葬服务", conditions("逝者为本市户籍居民，其遗体在本市殡仪馆火化并享受基本殡葬服务")),
    Case(
        "材料-建筑业企业资质证书",
        materials(
            material(
                "建筑业企业资质证书",
                source="政府部门核发",
                受理标准="施工总承包三级及以上",
                免提交="通过住房城乡建设部门信息共享核验",
            )
        ),
    ),
    Case(
        "材料-资质证书",
        materials(material("资质证书", source="政府部门核发", 免提交="通过住房城乡建设部门信息共享核验")),
        ("umbrella-term",),
    ),
    Case(
        "材料-契税完税证明",
        materials(material("契税完税证明", source="政府部门核发", 免提交="通过税务数据共享获取")),
    ),
    Case(
        "材料-完税证明",
        materials(material("完税证明", source="政府部门核发", 免提交="通过税务数据共享获取")),
        ("nonstandard-name",),
    ),
    Case(
        "材料-居民身份证件",
        materials(material("居民身份证件", source="政府部门核发", 免提交=SHARED_ID)),
    ),
    Case("条件-等到审批", conditions("等到审批完成后，申请人凭受理通知书领取证件")),
    # 北京的指南常印不带区号的 8 位号码；行政区划（北京市石景山区）给出区号 010，不报告。
    Case("咨询-八位号码没有区号", yaml_list("咨询方式", "68861234")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_real_wording(case: Case) -> None:
    assert findings_of(case) == Counter(case.expected)


def test_held_out_set_is_large_and_mostly_clean() -> None:
    defective = [c for c in CASES if c.expected]
    assert len(CASES) >= 40 and len(defective) >= 15
    assert len(defective) < len(CASES) - len(defective)


if __name__ == "__main__":
    print_figures(CASES)
