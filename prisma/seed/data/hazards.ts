/** Safety hazards (风险隐患) an officer may list on a visit or patrol. */
import type { HazardTemplate } from "./types";

export const hazardTemplates: HazardTemplate[] = [
  {
    description: "厂区周界围墙东段坍塌约6米，夜间可自由进出",
    descriptionEn: "About 6 m of the eastern perimeter wall has collapsed; anyone can walk in at night",
    location: "厂区东侧围墙",
    locationEn: "Eastern perimeter wall",
    severity: "HIGH",
  },
  {
    description: "财务室未安装防盗门和紧急报警装置，保险柜未固定",
    descriptionEn: "Finance office lacks a security door and panic alarm; the safe is not anchored",
    location: "办公楼二层财务室",
    locationEn: "Finance office, 2nd floor of the office block",
    severity: "MEDIUM",
  },
  {
    description: "监控中心硬盘录像仅保存7天，不满足30天存储要求",
    descriptionEn: "CCTV recordings are kept for only 7 days instead of the required 30",
    location: "保卫部监控中心",
    locationEn: "Security control room",
    severity: "MEDIUM",
  },
  {
    description: "危化品仓库双人双锁制度未落实，领用台账缺失",
    descriptionEn: "Two-person, two-lock rule not applied at the chemicals store; no issue log kept",
    location: "危险化学品仓库",
    locationEn: "Hazardous chemicals store",
    severity: "MAJOR",
  },
  {
    description: "员工宿舍楼私拉电线为电动车充电，楼道堆放杂物",
    descriptionEn: "Staff charge e-bikes with makeshift cables in the dormitory; corridors are cluttered",
    location: "员工宿舍3号楼",
    locationEn: "Staff dormitory, building 3",
    severity: "HIGH",
  },
  {
    description: "北门门卫对外来车辆未登记即放行",
    descriptionEn: "North gate lets visiting vehicles in without registering them",
    location: "北门门卫室",
    locationEn: "North gatehouse",
    severity: "LOW",
  },
  {
    description: "成品车露天停放区排水不畅，遇强降雨存在积水淹车风险",
    descriptionEn: "Poor drainage in the open finished-vehicle yard; heavy rain could flood the cars",
    location: "南区露天停车场",
    locationEn: "South open-air vehicle yard",
    severity: "HIGH",
  },
  {
    description: "铜铝等贵重原材料库房窗户无防护栏，夜间照明不足",
    descriptionEn: "Copper and aluminium store has unbarred windows and poor night lighting",
    location: "原材料二号库",
    locationEn: "Raw materials store no. 2",
    severity: "MEDIUM",
  },
  {
    description: "保安员7人中有3人未取得保安员证，夜间值守仅1人",
    descriptionEn: "Three of seven guards hold no licence and only one is on duty at night",
    location: "保卫部",
    locationEn: "Security department",
    severity: "MEDIUM",
  },
  {
    description: "施工工地塔吊下方材料堆放区未设置隔离警示",
    descriptionEn: "No barrier or warning signs around material stacks under the tower crane",
    location: "二期项目工地塔吊作业区",
    locationEn: "Tower crane zone, phase II construction site",
    severity: "HIGH",
  },
  {
    description: "冷库氨制冷机房无泄漏报警装置，应急预案未演练",
    descriptionEn: "Ammonia refrigeration room has no leak alarm and the emergency plan was never drilled",
    location: "冷链物流区制冷机房",
    locationEn: "Refrigeration plant room, cold-chain area",
    severity: "MAJOR",
  },
  {
    description: "无人机试飞场地边界未设围挡，周边群众可随意靠近",
    descriptionEn: "Drone test field has no boundary fence; onlookers can walk right up",
    location: "航空产业园试飞场",
    locationEn: "Test flight field, aviation park",
    severity: "MEDIUM",
  },
];
