/**
 * Joint police–guard patrol teams (警保联控队). As in seed 001, a team groups
 * neighbouring projects and companies; each night two or three of them send
 * guards, and the responsible officer sets the route and temporary duty posts.
 */
import type { PatrolTeam } from "./types";

export const patrolTeams: PatrolTeam[] = [
  {
    code: "pt-longshuilu-03",
    name: "龙水路派出所第三警保联控队（智造谷片区）",
    nameEn: "Longshui Road Station Joint Patrol Team 3 (Smart Valley area)",
    stationCode: "longshuilu",
    leaderUsername: "officer3",
    enterpriseCodes: [
      "zhixin-valley",
      "vland-bio",
      "lvchuang-aluminium",
      "kanghua-medical",
      "health-town",
      "xinlian-micro",
      "guanggu-display",
      "shuanglai-sensor",
    ],
    enterprisesPerNight: 3,
    route: {
      name: "智造谷—扬州路夜间巡控线",
      nameEn: "Smart Valley – Yangzhou Road night patrol route",
      checkpoints: [
        { name: "智造谷北门临时驻勤点", nameEn: "Smart Valley north gate duty post" },
        { name: "长江路与黄海路路口", nameEn: "Changjiang Rd / Huanghai Rd junction" },
        { name: "智造谷B区仓储区", nameEn: "Smart Valley zone B warehouses" },
        { name: "扬州路员工公寓", nameEn: "Yangzhou Road staff apartments" },
        { name: "月湖东路公交站", nameEn: "Yuehu East Road bus stop" },
      ],
    },
    hazardFound: {
      description: "B区仓储区北侧路灯损坏三盏，夜间照明盲区较大",
      location: "智造谷B区仓储区北侧",
      severity: "MEDIUM",
    },
  },
  {
    code: "pt-jiangshan-01",
    name: "姜山派出所新能源汽车产业园警保联控队",
    nameEn: "Jiangshan Station NEV Park Joint Patrol Team",
    stationCode: "jiangshan",
    leaderUsername: "officer2",
    enterpriseCodes: [
      "baic-laixi",
      "liyuan-battery",
      "hengchi-parts",
      "beilian-logistics",
      "ruibang-interior",
      "zhilian-charging",
      "jiangshan-motor",
    ],
    enterprisesPerNight: 2,
    route: {
      name: "北汽大道环线",
      nameEn: "BAIC Avenue loop",
      checkpoints: [
        { name: "北汽新能源警务工作站", nameEn: "BAIC New Energy Police Workstation" },
        { name: "南区成品车停放场", nameEn: "South finished-vehicle yard" },
        { name: "配套路员工宿舍区", nameEn: "Peitao Road staff dormitories" },
        { name: "物流园出入口", nameEn: "Logistics park entrance" },
      ],
    },
    hazardFound: {
      description: "成品车停放场西侧围网破损，车辆存放区可被随意进入",
      location: "南区成品车停放场西侧",
      severity: "HIGH",
    },
  },
];
