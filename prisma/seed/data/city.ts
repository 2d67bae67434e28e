/**
 * The city above the demo county, and a second, small county beside it: 青岛市公安局 with 莱西 and
 * 平度 under it. Pingdu has one station, one workstation, three enterprises and a handful of tickets,
 * enough for the city's comparison and for proving that one county never sees the other's records.
 * People, phone numbers and credit codes are invented.
 */
import { creditCodeIn, PINGDU_DIVISION } from "./codes";
import type {
  Bureau,
  Department,
  Enterprise,
  SeedUser,
  Station,
  TicketCategory,
  TicketPriority,
  Workstation,
} from "./types";

export const city: Bureau = {
  code: "qingdao",
  name: "青岛市公安局",
  nameEn: "Qingdao Municipal Public Security Bureau",
};

/** The city's own account: reads every county, works none. */
export const cityUsers: SeedUser[] = [
  {
    username: "city",
    name: "高铭远",
    nameEn: "Gao Mingyuan",
    role: "CITY",
    kind: "POLICE",
    badgeNo: "020011",
    title: "市局副局长",
    phone: "13906300112",
  },
];

export const secondCounty = {
  bureau: { code: "pingdu", name: "平度市公安局", nameEn: "Pingdu Municipal Public Security Bureau" } satisfies Bureau,
  departments: [{ code: "PD_PUBLIC_ORDER", name: "治安大队", nameEn: "Public Order Brigade" }] satisfies Department[],
  stations: [
    {
      code: "pd-nancun",
      name: "南村派出所",
      nameEn: "Nancun Police Station",
      address: "平度市南村镇府前路8号",
      phone: "0532-87362110",
    },
  ] satisfies Station[],
  workstations: [
    {
      code: "pd-ws-nancun",
      name: "南村工业园警务工作站",
      nameEn: "Nancun Industrial Park Police Workstation",
      stationCode: "pd-nancun",
      park: "南村工业园",
      parkEn: "Nancun Industrial Park",
      cluster: "OTHER",
      address: "平度市南村镇工业园管委会一楼",
    },
  ] satisfies Workstation[],
  enterprises: [
    {
      code: "pd-tire",
      name: "青岛平川轮胎有限公司",
      nameEn: "Qingdao Pingchuan Tyre Co., Ltd.",
      creditCode: creditCodeIn(PINGDU_DIVISION, "MA3PD1T7"),
      industry: "轮胎制造",
      industryEn: "Tyre manufacturing",
      workstationCode: "pd-ws-nancun",
      address: "平度市南村镇工业园纬三路6号",
      employees: 640,
      investmentCny: 520_000_000,
      keyProject: true,
      projectPhase: "IN_PRODUCTION",
    },
    {
      code: "pd-grape",
      name: "平度大泽山葡萄酒业有限公司",
      nameEn: "Pingdu Dazeshan Winery Co., Ltd.",
      creditCode: creditCodeIn(PINGDU_DIVISION, "MA3PD2W4"),
      industry: "葡萄酒酿造",
      industryEn: "Winemaking",
      workstationCode: "pd-ws-nancun",
      address: "平度市南村镇工业园经二路18号",
      employees: 120,
      investmentCny: 60_000_000,
      keyProject: false,
      projectPhase: null,
    },
    {
      code: "pd-graphite",
      name: "青岛南墨石墨烯科技有限公司",
      nameEn: "Qingdao Nanmo Graphene Technology Co., Ltd.",
      creditCode: creditCodeIn(PINGDU_DIVISION, "MA3PD3G9"),
      industry: "石墨烯材料",
      industryEn: "Graphene materials",
      workstationCode: "pd-ws-nancun",
      address: "平度市南村镇工业园纬一路2号",
      employees: 85,
      investmentCny: 150_000_000,
      keyProject: true,
      projectPhase: "UNDER_CONSTRUCTION",
    },
  ] satisfies Enterprise[],
  users: [
    {
      username: "pd-chief",
      name: "綦海涛",
      nameEn: "Qi Haitao",
      role: "CHIEF",
      kind: "POLICE",
      badgeNo: "080006",
      title: "副局长",
      phone: "13906380216",
    },
    {
      username: "pd-officer",
      name: "宫晓峰",
      nameEn: "Gong Xiaofeng",
      role: "OFFICER",
      kind: "POLICE",
      badgeNo: "081122",
      title: "社区民警",
      stationCode: "pd-nancun",
      phone: "13906381122",
    },
    {
      username: "pd-liaison",
      name: "纪雪梅",
      nameEn: "Ji Xuemei",
      role: "LIAISON",
      title: "行政部经理",
      enterpriseCode: "pd-tire",
      phone: "13806385521",
    },
  ] satisfies SeedUser[],
  /** Tickets of the tyre maker, numbered from 1 like the first county's: numbers are per bureau. */
  tickets: [
    {
      category: "TRAFFIC_ESCORT",
      priority: "NORMAL",
      title: "夜班下班高峰园区路口车辆拥堵",
      description: "纬三路与经二路路口晚十点前后货车与电动车交汇，请协调交警在交班时段疏导。",
      status: "IN_PROGRESS",
      daysAgo: 3,
    },
    {
      category: "SECURITY_HAZARD",
      priority: "HIGH",
      title: "成品仓库消防通道被临时堆放占用",
      description: "仓库东侧消防通道堆放待运轮胎，已要求清理，请民警上门复查。",
      status: "SUBMITTED",
      daysAgo: 1,
    },
    {
      category: "LEGAL_CONSULTATION",
      priority: "LOW",
      title: "外地员工居住证办理咨询",
      description: "新招外地员工三十余人，咨询集中办理居住证的材料与时间安排。",
      status: "CLOSED",
      daysAgo: 20,
    },
  ] satisfies {
    category: TicketCategory;
    priority: TicketPriority;
    title: string;
    description: string;
    status: "SUBMITTED" | "IN_PROGRESS" | "CLOSED";
    daysAgo: number;
  }[],
};
