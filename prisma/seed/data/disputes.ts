/** Dispute (矛盾纠纷) templates for mediation records. */
import type { DisputeTemplate } from "./types";

export const disputeTemplates: DisputeTemplate[] = [
  {
    kind: "LABOR",
    parties: "分包劳务队工人（23人）与总包施工单位",
    partiesEn: "23 subcontracted workers vs. the main contractor",
    description: "劳务队负责人结算后未发放工资即失联，工人向总包单位讨薪，一度堵住工地大门。",
    descriptionEn:
      "The crew boss was paid by the contractor but vanished without paying wages; the workers turned to the main contractor and briefly blocked the site gate.",
    escalationRisk: true,
    mediationNotes: "联合人社部门三方调解，总包先行垫付工资，后续向劳务队负责人追偿；对带头堵门人员进行法治教育。",
    mediationNotesEn:
      "Three-way mediation with the labour bureau: the main contractor advanced the wages and will recover them from the crew boss; those who led the blockade were cautioned.",
  },
  {
    kind: "CONTRACT",
    parties: "设备供应商与企业采购部",
    partiesEn: "Equipment supplier vs. the company's purchasing department",
    description: "双方对验收标准理解不一，企业扣留尾款，供应商派人到厂区拉横幅。",
    descriptionEn:
      "The two sides read the acceptance criteria differently; the company withheld the final payment and the supplier sent people to hang banners at the site.",
    escalationRisk: false,
    mediationNotes: "引导双方依合同约定申请第三方检测，横幅当场撤除，检测合格后企业支付尾款。",
    mediationNotesEn:
      "Both sides agreed to independent testing as the contract provides; the banners came down at once and the final payment followed a pass.",
  },
  {
    kind: "NEIGHBOUR",
    parties: "项目周边村民与施工单位",
    partiesEn: "Villagers next to the project vs. the contractor",
    description: "夜间施工噪音和渣土车扬尘影响村民休息，村民多次到工地理论。",
    descriptionEn:
      "Night-time noise and dust from spoil trucks keep villagers awake; they have repeatedly confronted the site.",
    escalationRisk: false,
    mediationNotes: "约定22时后停止高噪音作业，渣土车加盖篷布并冲洗车轮，施工单位向受影响农户致歉。",
    mediationNotesEn:
      "Noisy work now stops at 22:00, spoil trucks are covered and wheel-washed, and the contractor apologised to the affected households.",
  },
  {
    kind: "TRAFFIC",
    parties: "企业通勤班车与村民电动三轮车",
    partiesEn: "Company shuttle bus vs. a villager's electric tricycle",
    description: "班车在厂区路口与电动三轮车剐蹭，村民轻微擦伤，双方对赔偿金额分歧较大。",
    descriptionEn:
      "A shuttle bus scraped an electric tricycle at the site junction; the villager was slightly hurt and the two sides are far apart on compensation.",
    escalationRisk: false,
    mediationNotes: "交警认定责任后现场调解，企业承担医疗费和车辆维修费，双方签订调解协议。",
    mediationNotesEn:
      "After the traffic police apportioned liability, the company paid medical and repair costs and both sides signed a mediation agreement.",
  },
  {
    kind: "DAMAGE",
    parties: "企业与相邻物流公司",
    partiesEn: "The company vs. a neighbouring logistics firm",
    description: "物流公司货车倒车撞坏企业围墙和门岗道闸，对方以围墙老化为由拒绝全额赔偿。",
    descriptionEn:
      "A logistics lorry reversed into the company's wall and barrier gate; the logistics firm refuses full compensation, blaming the old wall.",
    escalationRisk: false,
    mediationNotes: "调取监控还原经过，双方按修复报价协商，由物流公司承担八成费用。",
    mediationNotesEn:
      "CCTV showed what happened; the parties settled on the repair quote with the logistics firm paying 80 per cent.",
  },
  {
    kind: "LABOR",
    parties: "被辞退员工与企业人事部门",
    partiesEn: "A dismissed employee vs. HR",
    description: "员工因违纪被辞退，认为处理不公，扬言要对车间主任“讨个说法”，并多次在厂门口滞留。",
    descriptionEn:
      "An employee dismissed for misconduct says it was unfair, has threatened the workshop head and keeps loitering at the gate.",
    escalationRisk: true,
    mediationNotes: "列为“民转刑”重点隐患稳控，责任警官与其家属共同做工作，引导其申请劳动仲裁，企业依法支付经济补偿。",
    mediationNotesEn:
      "Flagged as a risk of turning violent and monitored. The responsible officer and the man's family talked him round to labour arbitration; the company paid the statutory compensation.",
  },
  {
    kind: "OTHER",
    parties: "村民与项目建设单位",
    partiesEn: "Villagers vs. the project developer",
    description: "项目征地范围内有村民抢栽苗木、搭建简易棚，要求按地上附着物追加补偿。",
    descriptionEn:
      "Villagers have planted saplings and put up sheds on requisitioned land and demand extra compensation for them.",
    escalationRisk: true,
    mediationNotes: "邀请村老党员、乡贤及律师释法明理，讲清抢栽抢建不予补偿的政策，村民自行清除。",
    mediationNotesEn:
      "Veteran party members, respected elders and a lawyer explained that last-minute planting and building is not compensated; the villagers cleared it themselves.",
  },
];
