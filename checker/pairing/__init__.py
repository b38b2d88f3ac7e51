"""Guide ↔ window checklist alignment: which window material is which guide material, and
whether the guide states what the window verifies.

Materials pair in these ways, strongest first (scores and thresholds in rules/pairing.yaml):

1. the names are equal once wrappers are removed (《》, 原件/复印件, 正副本, trailing bracketed
   editions and remarks; checker/text/normalize.py) and the glossary's canonical names applied;
2. both name glossary documents: the same document with compatible holders before it
   ("申请人居民身份证" ~ "居民身份证", not "配偶居民身份证"; each holder read by its full name in
   rules/pairing.yaml: 法人 → 法定代表人, 夫妻双方 → 申请人、配偶) and the same words after it
   ("北京市工作居住证申请表" is not the card), or an umbrella term and one of its members
   ("身份证明" ~ "居民身份证") or alternatives some of which are its members; two different
   glossary documents never pair (居民户口簿 / 居民身份证, 结婚证 / 离婚证);
3. a glossary document and a name outside the glossary pair only when the name is the
   document's name shortened from the front (租赁合同 ~ 房屋租赁合同; 残疾军人证 is not 残疾人证);
4. two names outside the glossary: one ends with or contains the other as whole words, or
   rapidfuzz's character-level ratio on the normalised names (Chinese has no spaces, so
   token-based scorers do not apply); names stating different numbers never pair. Among the
   names left unpaired, a short one that ends another as whole words, or a shortened form that
   keeps the other's characters in order and its ending (低保申请书 ~ 最低生活保障申请书), pairs
   with it when neither has another such candidate (照片 ~ 近期免冠照片). Photo names are
   compared without the words that only describe the photo (二寸彩照 ~ 二寸免冠彩色照片).

The assignment is one-to-one and greedy by score. The scores are tiered (equal names, then the
same glossary document, then umbrella relations, then fuzzy), so greedy assignment takes every
exact pair before any fuzzy candidate could claim one of its members; conflicts can remain only
between fuzzy candidates of similar score, where the nearer position in the lists decides. A
window material that demands several documents together ("身份证、户口本") also collects the
other guide materials it names, of the holders it names (a row naming nobody: the applicant's;
"申请人身份证及户口簿" is not the 配偶's 居民身份证), and a joined name ("执业药师注册证及身份证",
"出租人、承租人身份证明", "夫妻双方身份证") the ones it lists; a guide material named outside the glossary accepts the alternatives its
受理标准 offer ("林木权属证明": 不动产权证书或林权证), so the window taking only one is narrower.

The package: ``settings`` (rules/pairing.yaml), ``names`` (what a name is made of and how alike
two are), ``alignment`` (one pair's materials), ``conditions`` (conditions, review points and
exemptions), ``lexicon`` (rules/constraints.yaml), ``constraints`` (a condition read into what it
demands) and ``judgement`` (whether the guide's constraints cover the window's).
"""

from checker.pairing.alignment import (
    Alignment,
    Match,
    Unpublished,
    align,
    align_materials,
    name_of,
    related,
)
from checker.pairing.conditions import (
    best_condition,
    condition_stated,
    differs_in_numbers,
    exemption_is_conditional,
    material_content,
    requirement_gaps,
    same_condition,
    text_content,
    unstated_sentences,
    verify_condition,
)
from checker.pairing.names import Name, accepted, analyse, same_material, similarity
from checker.pairing.settings import Settings, settings

__all__ = [
    "Alignment",
    "Match",
    "Name",
    "Settings",
    "Unpublished",
    "accepted",
    "align",
    "align_materials",
    "analyse",
    "best_condition",
    "condition_stated",
    "differs_in_numbers",
    "exemption_is_conditional",
    "material_content",
    "name_of",
    "related",
    "requirement_gaps",
    "same_condition",
    "same_material",
    "settings",
    "similarity",
    "text_content",
    "unstated_sentences",
    "verify_condition",
]
