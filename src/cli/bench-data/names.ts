/**
 * Small name lists for generated patients: kanji and reading side by side, so the two always agree
 * (山田 is やまだ). Common names; the patients they make are fictional (the notes say so, the
 * addresses are in 架空区 and the phone numbers in the 090-0xxx range no carrier assigns).
 */
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['山田', 'やまだ'],
  ['佐藤', 'さとう'],
  ['鈴木', 'すずき'],
  ['高橋', 'たかはし'],
  ['田中', 'たなか'],
  ['伊藤', 'いとう'],
  ['渡辺', 'わたなべ'],
  ['山本', 'やまもと'],
  ['中村', 'なかむら'],
  ['小林', 'こばやし'],
  ['加藤', 'かとう'],
  ['吉田', 'よしだ'],
  ['山口', 'やまぐち'],
  ['松本', 'まつもと'],
  ['井上', 'いのうえ'],
  ['木村', 'きむら'],
  ['林', 'はやし'],
  ['斎藤', 'さいとう'],
  ['清水', 'しみず'],
  ['山崎', 'やまざき'],
  ['森', 'もり'],
  ['池田', 'いけだ'],
  ['橋本', 'はしもと'],
  ['阿部', 'あべ'],
  ['石川', 'いしかわ'],
  ['前田', 'まえだ'],
  ['藤田', 'ふじた'],
  ['小川', 'おがわ'],
  ['岡田', 'おかだ'],
  ['後藤', 'ごとう'],
];

export const FEMALE_NAMES: readonly (readonly [string, string])[] = [
  ['花子', 'はなこ'],
  ['美咲', 'みさき'],
  ['陽菜', 'ひな'],
  ['結衣', 'ゆい'],
  ['葵', 'あおい'],
  ['由美', 'ゆみ'],
  ['真由美', 'まゆみ'],
  ['愛', 'あい'],
  ['さくら', 'さくら'],
  ['優子', 'ゆうこ'],
  ['恵', 'めぐみ'],
  ['彩', 'あや'],
];

export const MALE_NAMES: readonly (readonly [string, string])[] = [
  ['太郎', 'たろう'],
  ['翔太', 'しょうた'],
  ['大輝', 'だいき'],
  ['蓮', 'れん'],
  ['健一', 'けんいち'],
  ['誠', 'まこと'],
  ['拓也', 'たくや'],
  ['大翔', 'ひろと'],
  ['直樹', 'なおき'],
  ['浩二', 'こうじ'],
];

export const COMPLAINTS = [
  '両頬のニキビ跡（凹み）が気になる',
  'こめかみのクレーター状の瘢痕',
  '額のアイスピック型瘢痕',
  '顎周りのボックスカー型瘢痕',
  '以前のレーザー治療で改善が不十分',
] as const;
