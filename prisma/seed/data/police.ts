/**
 * Police, auxiliaries and leaders of 莱西市公安局. Names, badge numbers and phone
 * numbers are invented. The BAIC workstation is staffed as in seed 000: a
 * deputy-director-level leader as 警长, one police officer and four auxiliaries.
 */
import type { SeedUser } from "./types";

export const adminUsers: SeedUser[] = [
  {
    username: "admin",
    name: "鞠文博",
    nameEn: "Ju Wenbo",
    role: "ADMIN",
    kind: "POLICE",
    badgeNo: "071016",
    title: "系统管理员（科技信息化大队）",
    phone: "13906391026",
  },
];

export const chiefUsers: SeedUser[] = [
  {
    username: "chief",
    name: "隋国栋",
    nameEn: "Sui Guodong",
    role: "CHIEF",
    kind: "POLICE",
    badgeNo: "070008",
    title: "副局长、北汽新能源警务工作站警长",
    phone: "13906390815",
  },
  {
    username: "chief-longshuilu",
    name: "刘振宇",
    nameEn: "Liu Zhenyu",
    role: "CHIEF",
    stationCode: "longshuilu",
    kind: "POLICE",
    badgeNo: "071203",
    title: "所长",
    phone: "13863925107",
  },
  {
    username: "chief-jiangshan",
    name: "孙建军",
    nameEn: "Sun Jianjun",
    role: "CHIEF",
    stationCode: "jiangshan",
    kind: "POLICE",
    badgeNo: "071406",
    title: "所长",
    phone: "13863927311",
  },
  {
    username: "chief-dianbu",
    name: "陈立新",
    nameEn: "Chen Lixin",
    role: "CHIEF",
    stationCode: "dianbu",
    kind: "POLICE",
    badgeNo: "071512",
    title: "所长",
    phone: "13863921864",
  },
  {
    username: "chief-xiagezhuang",
    name: "徐海涛",
    nameEn: "Xu Haitao",
    role: "CHIEF",
    stationCode: "xiagezhuang",
    kind: "POLICE",
    badgeNo: "071605",
    title: "所长",
    phone: "13863926528",
  },
  {
    username: "chief-guhe",
    name: "高峰",
    nameEn: "Gao Feng",
    role: "CHIEF",
    stationCode: "guhe",
    kind: "POLICE",
    badgeNo: "071709",
    title: "所长",
    phone: "13863923479",
  },
];

type OfficerRow = [
  username: string,
  name: string,
  nameEn: string,
  stationCode: string | null,
  badgeNo: string | null,
  title: string,
  phone: string,
  department?: string,
];

/** Station officers first, then bureau departments ("1+N" support, no station). */
const officerRows: OfficerRow[] = [
  ["officer1", "李晓雯", "Li Xiaowen", "longshuilu", "071318", "社区民警（责任警官）", "15192608316"],
  ["officer2", "王志强", "Wang Zhiqiang", "jiangshan", "071425", "北汽新能源警务工作站民警", "15192603528"],
  ["officer3", "张昊", "Zhang Hao", "longshuilu", "071342", "社区民警（责任警官）", "15192601742"],
  ["officer4", "周鹏", "Zhou Peng", "jiangshan", null, "警务工作站辅警", "18765320914"],
  ["officer5", "吴静", "Wu Jing", "jiangshan", null, "警务工作站辅警", "18765328063"],
  ["officer6", "赵磊", "Zhao Lei", "longshuilu", null, "社区辅警（责任警官）", "18765324577"],
  ["officer7", "郑凯", "Zheng Kai", "jiangshan", null, "警务工作站辅警", "18765321390"],
  ["officer8", "冯雪", "Feng Xue", "jiangshan", null, "警务工作站辅警", "18765326235"],
  ["officer9", "杨帆", "Yang Fan", "dianbu", "071537", "社区民警（责任警官）", "15192605069"],
  ["officer10", "何宇", "He Yu", "dianbu", null, "社区辅警", "18765327648"],
  ["officer11", "马俊", "Ma Jun", "xiagezhuang", "071628", "社区民警（责任警官）", "15192609381"],
  ["officer12", "邓强", "Deng Qiang", "xiagezhuang", null, "社区辅警", "18765322806"],
  ["officer13", "林芳", "Lin Fang", "guhe", "071734", "社区民警（责任警官）", "15192604253"],
  ["officer14", "曹宇航", "Cao Yuhang", "guhe", null, "社区辅警", "18765325719"],
  ["officer15", "韩冰", "Han Bing", null, "070214", "治安大队民警", "13573801462", "治安大队"],
  ["officer16", "曹军", "Cao Jun", null, "070327", "刑侦大队侦查员", "13573806257", "刑侦大队"],
  ["officer17", "袁野", "Yuan Ye", null, "070431", "交警大队中队长", "13573803918", "交警大队"],
  ["officer18", "于婷", "Yu Ting", null, "070518", "出入境管理大队民警", "13573805743", "出入境管理大队"],
  ["officer19", "姜慧", "Jiang Hui", null, "070622", "户政科民警", "13573802186", "户政科"],
  ["officer20", "范明", "Fan Ming", null, "070745", "反诈中心民警", "13573807630", "反诈中心"],
];

export const officerUsers: SeedUser[] = officerRows.map(
  ([username, name, nameEn, stationCode, badgeNo, title, phone, department]): SeedUser => ({
    username,
    name,
    nameEn,
    role: "OFFICER",
    kind: badgeNo ? "POLICE" : "AUXILIARY",
    ...(stationCode ? { stationCode } : {}),
    ...(badgeNo ? { badgeNo } : {}),
    ...(department ? { department } : {}),
    title,
    phone,
  }),
);
