/**
 * 莱西市公安局 and its units. Laixi (莱西) is a county-level city of Qingdao; the
 * bureau runs police workstations in its five emerging-industry clusters
 * (seed 000) and a workstation for the development zone's key projects (seed 001).
 */
import type { Bureau, Department, Station, Workstation } from "./types";

export const bureau: Bureau = {
  code: "laixi",
  name: "莱西市公安局",
  nameEn: "Laixi Municipal Public Security Bureau",
};

/** Bureau-level departments that back responsible officers ("1+N"). */
export const departments = [
  { code: "PUBLIC_ORDER", name: "治安大队", nameEn: "Public Order Brigade" },
  { code: "CRIMINAL", name: "刑侦大队", nameEn: "Criminal Investigation Brigade" },
  { code: "TRAFFIC", name: "交警大队", nameEn: "Traffic Police Brigade" },
  { code: "EXIT_ENTRY", name: "出入境管理大队", nameEn: "Exit-Entry Administration Brigade" },
  { code: "HOUSEHOLD", name: "户政科", nameEn: "Household Registration Section" },
  { code: "ANTI_FRAUD", name: "反诈中心", nameEn: "Anti-Fraud Centre" },
] as const satisfies readonly Department[];

export type DepartmentName = (typeof departments)[number]["name"];

export const stations: Station[] = [
  {
    code: "longshuilu",
    name: "龙水路派出所",
    nameEn: "Longshui Road Police Station",
    address: "山东省青岛市莱西市龙水路86号",
    phone: "0532-88486110",
  },
  {
    code: "jiangshan",
    name: "姜山派出所",
    nameEn: "Jiangshan Police Station",
    address: "山东省青岛市莱西市姜山镇府前街21号",
    phone: "0532-88451110",
  },
  {
    code: "dianbu",
    name: "店埠派出所",
    nameEn: "Dianbu Police Station",
    address: "山东省青岛市莱西市店埠镇驻地蓝天路12号",
    phone: "0532-88461110",
  },
  {
    code: "xiagezhuang",
    name: "夏格庄派出所",
    nameEn: "Xiagezhuang Police Station",
    address: "山东省青岛市莱西市夏格庄镇政府路8号",
    phone: "0532-88471110",
  },
  {
    code: "guhe",
    name: "沽河派出所",
    nameEn: "Guhe Police Station",
    address: "山东省青岛市莱西市沽河街道沽河路159号",
    phone: "0532-88431110",
  },
];

export const workstations: Workstation[] = [
  {
    code: "ws-nev",
    name: "北汽新能源警务工作站",
    nameEn: "BAIC New Energy Police Workstation",
    stationCode: "jiangshan",
    park: "姜山新能源汽车产业园",
    parkEn: "Jiangshan New Energy Vehicle Industrial Park",
    cluster: "NEV",
    address: "莱西市姜山镇北汽新能源汽车莱西生产基地东门警务室",
  },
  {
    code: "ws-aviation",
    name: "店埠通用航空警务工作站",
    nameEn: "Dianbu General Aviation Police Workstation",
    stationCode: "dianbu",
    park: "店埠航空产业园",
    parkEn: "Dianbu Aviation Industrial Park",
    cluster: "AVIATION",
    address: "莱西市店埠镇航空产业园综合服务中心一楼",
  },
  {
    code: "ws-it",
    name: "开发区新一代信息技术警务工作站",
    nameEn: "Development Zone Next-Generation IT Police Workstation",
    stationCode: "longshuilu",
    park: "莱西经济开发区新一代信息技术产业园",
    parkEn: "Laixi Economic Development Zone Next-Generation IT Park",
    cluster: "IT",
    address: "莱西市经济开发区扬州路与深圳路交叉口产业园服务中心",
  },
  {
    code: "ws-green-building",
    name: "夏格庄绿色建筑警务工作站",
    nameEn: "Xiagezhuang Green Building Police Workstation",
    stationCode: "xiagezhuang",
    park: "夏格庄绿色建筑产业园",
    parkEn: "Xiagezhuang Green Building Industrial Park",
    cluster: "GREEN_BUILDING",
    address: "莱西市夏格庄镇绿色建筑产业园管委会东侧",
  },
  {
    code: "ws-food",
    name: "沽河食品加工警务工作站",
    nameEn: "Guhe Food Processing Police Workstation",
    stationCode: "guhe",
    park: "沽河街道食品加工产业园",
    parkEn: "Guhe Subdistrict Food Processing Park",
    cluster: "FOOD",
    address: "莱西市沽河街道食品产业园纬三路2号",
  },
  {
    code: "ws-smart-valley",
    name: "智造谷重点项目警务工作站",
    nameEn: "Smart Manufacturing Valley Key Projects Police Workstation",
    stationCode: "longshuilu",
    park: "莱西经济开发区（双莱一体化承载区）",
    parkEn: "Laixi Economic Development Zone (Laixi–Laiyang integration area)",
    cluster: "OTHER",
    address: "莱西市经济开发区置信青岛智造谷综合楼102室",
  },
];
