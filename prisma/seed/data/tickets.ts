/**
 * Problem-bill (问题账单) templates. Situations follow the kinds of cases in the
 * seeds (warehouse thefts, night-shift safety, storm rescue of stock vehicles,
 * an online rumour after a garage fire, talent settlement, school enrolment,
 * escorts for oversized loads); the wording is our own.
 */
import type { TicketTemplate } from "./types";

export const ticketTemplates: TicketTemplate[] = [
  {
    category: "THEFT_CRIME",
    priority: "HIGH",
    title: "仓库铝合金型材盘点短缺，疑似被盗",
    titleEn: "Aluminium profiles missing at stocktake, suspected theft",
    description:
      "本月盘点发现成品库铝合金型材账实不符，短缺约1.2吨，近期库房未发生大宗出库。请民警协助调取监控、排查夜间进出人员。",
    descriptionEn:
      "This month's stocktake shows about 1.2 t of aluminium profiles missing from the finished-goods store with no large outbound shipment recorded. Please help review CCTV and check who entered at night.",
    resolutionSummary: "经调取厂区及周边监控，次日抓获3名盗窃嫌疑人，追回型材，为企业挽回损失2万余元。",
    resolutionSummaryEn:
      "CCTV from the site and nearby roads identified three suspects, arrested the next day; the profiles were recovered, saving the company over ¥20,000.",
    comment: "已将库房监控硬盘数据导出，请按时间段核对。",
    commentEn: "The warehouse CCTV recordings have been exported; please check them by time slot.",
  },
  {
    category: "THEFT_CRIME",
    priority: "HIGH",
    title: "装修期间库存电缆数量对不上",
    titleEn: "Cable stock does not add up during fit-out works",
    description:
      "新厂房内部装修中，库存电缆明显减少，现场有多支施工队进出，无法确定是否被盗。已向电梯安装方预付工程款，担心后续工程无人接续。",
    descriptionEn:
      "During the interior fit-out of the new plant the cable stock has dropped noticeably. Several contractor crews work on site, so we cannot tell whether it was stolen. We have already paid the lift installer an advance and fear the remaining work will be abandoned.",
    resolutionSummary: "锁定电梯安装施工人员作案，追回电缆价值近10万元，并督促其退还工程预付款。",
    resolutionSummaryEn:
      "The lift installation crew was identified as responsible; cable worth almost ¥100,000 was recovered and the advance payment was returned.",
  },
  {
    category: "THEFT_CRIME",
    priority: "NORMAL",
    title: "员工电动车在车棚被盗两辆",
    titleEn: "Two employee e-bikes stolen from the bike shed",
    description: "北门员工车棚近一周丢失电动自行车两辆，车棚摄像头角度偏，看不清人员面部。",
    descriptionEn:
      "Two electric bicycles went missing from the staff bike shed at the north gate within a week. The shed camera points the wrong way and faces cannot be seen.",
    resolutionSummary: "已立案侦查，指导企业调整摄像头角度并加装照明，车棚改为刷卡进出。",
    resolutionSummaryEn:
      "A case was opened; the company re-aimed the camera, added lighting and put the shed behind a card reader.",
  },
  {
    category: "PATROL_REQUEST",
    priority: "NORMAL",
    title: "夜班员工下班晚，请求加强园区周边巡逻",
    titleEn: "Late-shift staff going home: request for more night patrols",
    description: "我司及周边几家企业夜班23点后下班，员工多骑车或步行回宿舍，途经路段照明差，希望增加夜间巡逻频次。",
    descriptionEn:
      "Our night shift and those of neighbouring firms end after 23:00. Most staff cycle or walk back to the dormitories along poorly lit roads. We ask for more frequent night patrols.",
    resolutionSummary: "已将该路段纳入警保联控队夜巡路线，设临时驻勤点，由成员企业保安每晚轮值。",
    resolutionSummaryEn:
      "The road is now on the joint police–guard night patrol route with a temporary duty post; member companies' guards take turns each night.",
    comment: "我司可每周安排两晚、每晚2名保安参加联防巡逻。",
    commentEn: "We can send two guards on two nights a week to the joint patrol.",
  },
  {
    category: "PATROL_REQUEST",
    priority: "LOW",
    title: "发薪日前后厂门口流动摊贩聚集",
    titleEn: "Street vendors crowding the factory gate around payday",
    description: "每月发薪日前后，厂门口聚集大量流动摊点，晚高峰车辆进出困难，偶有争执。",
    descriptionEn:
      "Around payday every month many mobile stalls gather at the gate; vehicles struggle to get in and out at the evening peak and arguments break out.",
    resolutionSummary: "联合街道综合执法划定临时疏导点，发薪日当晚安排巡逻力量驻守。",
    resolutionSummaryEn:
      "With the subdistrict's law enforcement team a designated vending area was set up, and a patrol unit is posted there on payday evenings.",
  },
  {
    category: "TRAFFIC_ESCORT",
    priority: "NORMAL",
    title: "超大件设备运输申请沿途护送",
    titleEn: "Escort requested for an oversized equipment load",
    description: "下周三凌晨有3车超宽冲压模具自港口运抵厂区，车宽3.8米，需途经城区两个信号灯路口，请协调交警引导护送。",
    descriptionEn:
      "Three extra-wide press dies (3.8 m) arrive from the port early next Wednesday and must pass two signalised junctions in town. Please arrange a traffic police escort.",
    resolutionSummary: "交警大队提前勘察路线，运输当晚安排警车前导并临时调整信号配时，安全抵达。",
    resolutionSummaryEn:
      "The traffic brigade surveyed the route in advance, led the convoy with a patrol car and adjusted the signal timings; the loads arrived safely.",
  },
  {
    category: "TRAFFIC_ESCORT",
    priority: "NORMAL",
    title: "商品车集中转运，厂区出入口拥堵",
    titleEn: "Bulk dispatch of finished vehicles jams the site entrance",
    description: "月底集中发运商品车，大型运输车每日进出百余车次，与上下班车流交织，出入口经常拥堵。",
    descriptionEn:
      "At month-end over a hundred car-carrier trips a day enter and leave the site, mixing with commuter traffic and jamming the entrance.",
    resolutionSummary: "优化进出厂时段和路线，高峰期安排交警、辅警现场疏导，未发生事故。",
    resolutionSummaryEn:
      "Entry and exit times and routes were re-planned and officers direct traffic at the peaks; no accident has occurred.",
  },
  {
    category: "TRAFFIC_ESCORT",
    priority: "LOW",
    title: "公司门前道路违停严重",
    titleEn: "Illegal parking in front of the company gate",
    description: "门前道路两侧长期被私家车和货车占用，消防通道受阻，员工通勤车辆无法停靠。",
    descriptionEn:
      "Private cars and lorries occupy both sides of the road in front of the gate, blocking the fire lane and the staff shuttle stop.",
    resolutionSummary: "施划停车泊位和禁停标线，连续两周集中整治后违停率明显下降。",
    resolutionSummaryEn:
      "Parking bays and no-parking lines were painted; after two weeks of enforcement the illegal parking rate dropped sharply.",
  },
  {
    category: "EMERGENCY_HELP",
    priority: "URGENT",
    title: "暴雨预警，露天低洼停车区库存车辆急需转移",
    titleEn: "Rainstorm warning: stock vehicles in a low-lying yard must be moved",
    description:
      "气象台发布暴雨橙色预警，厂区南侧露天停车区地势低洼，停放库存成品车数千辆，一旦积水损失巨大，请求紧急支援驾驶人员和交通疏导。",
    descriptionEn:
      "An orange rainstorm warning is in force. Thousands of finished vehicles stand in the low-lying open yard south of the plant; flooding would be very costly. We urgently need drivers and traffic control.",
    resolutionSummary: "工作站调集交警大队、属地派出所和驾校人员近百人赶到，连续作业6个多小时将车辆全部转移至高处。",
    resolutionSummaryEn:
      "The workstation brought in nearly 100 people from the traffic police, the station and a driving school; in just over six hours every vehicle was moved to higher ground.",
  },
  {
    category: "EMERGENCY_HELP",
    priority: "HIGH",
    title: "施工现场有人员被困，需要协助救援",
    titleEn: "Worker trapped on a construction site",
    description: "基坑边坡局部坍塌，一名工人腿部被压，已拨打120，请求民警到场维持秩序并协调救援。",
    descriptionEn:
      "Part of a foundation pit slope collapsed and a worker's leg is trapped. An ambulance has been called; we need officers on site to keep order and coordinate the rescue.",
    resolutionSummary: "民警5分钟内到场，配合消防救出被困人员，现场保护后移交应急管理部门调查。",
    resolutionSummaryEn:
      "Officers arrived within five minutes and helped firefighters free the worker; the scene was secured and handed over to the emergency management authority.",
  },
  {
    category: "PUBLIC_OPINION",
    priority: "URGENT",
    title: "网传我司品牌电动车起火爆炸，需尽快查明原因",
    titleEn: "Online posts blame our electric car for a garage explosion",
    description:
      "凌晨城区一处民用车库突发爆炸，库内一辆我司品牌电动轿车烧毁，网上大量转发称电池自燃引发爆炸，品牌声誉受到冲击。",
    descriptionEn:
      "Early this morning a residential garage exploded and one of our electric saloons inside burned out. Posts claiming the battery caught fire and caused the blast are spreading fast and hurting the brand.",
    resolutionSummary: "经现场勘查一天内初步查明系液化石油气泄漏引发爆炸，与车辆质量无关，及时发布警情通报。",
    resolutionSummaryEn:
      "Within a day the scene examination showed that leaking liquefied petroleum gas caused the explosion, not the car; a police statement was issued promptly.",
    comment: "请在通报发布前与我司公关部对接口径。",
    commentEn: "Please align the wording with our PR department before the statement is published.",
  },
  {
    category: "PUBLIC_OPINION",
    priority: "HIGH",
    title: "短视频平台出现恶意造谣企业欠薪视频",
    titleEn: "Short video falsely claims the company withholds wages",
    description: "有人在短视频平台发布我司“拖欠工资、老板跑路”的不实视频，已有求职者来电询问。",
    descriptionEn:
      "Someone posted a short video claiming we withhold wages and the owner has fled. Job seekers are already calling to ask.",
  },
  {
    category: "PERMIT_HELP",
    priority: "NORMAL",
    title: "引进研究生住企业公寓，无法落户",
    titleEn: "Recruited graduates live in company flats and cannot register residence",
    description: "今年引进3名外省研究生，均住在企业公寓，没有自有住房，户口无处可落，担心人才留不住。",
    descriptionEn:
      "We hired three postgraduates from other provinces this year. They live in company flats, own no home and have nowhere to register their household, so we fear losing them.",
    resolutionSummary: "协调设立企业集体户（招商纳才户），3人已办结落户，后续引进人才可直接挂靠。",
    resolutionSummaryEn:
      "A collective household for the company was set up; the three have been registered and future recruits can join it directly.",
  },
  {
    category: "PERMIT_HELP",
    priority: "HIGH",
    title: "外地员工子女入学缺居住证",
    titleEn: "Migrant staff's children lack residence permits for school enrolment",
    description: "新入职的外地员工来莱时间不足半年，暂时办不了居住证，孩子面临无法就近报名入学。",
    descriptionEn:
      "Staff who moved here less than six months ago cannot yet get residence permits, so their children may miss enrolment at the nearby school.",
    resolutionSummary: "与镇教委、学校商定可先行报名、证件随后补齐，12名孩子已顺利入学。",
    resolutionSummaryEn:
      "After talks with the town's education office and the school, enrolment now comes first and the permit later; 12 children have started school.",
  },
  {
    category: "PERMIT_HELP",
    priority: "NORMAL",
    title: "外籍技术专家来厂调试设备，咨询住宿登记和签证延期",
    titleEn: "Foreign engineers commissioning equipment: registration and visa extension",
    description: "德国设备厂商派4名工程师来厂调试，预计停留90天，需了解境外人员住宿登记及签证延期办理流程。",
    descriptionEn:
      "A German supplier is sending four engineers for about 90 days of commissioning. We need the procedure for foreigners' accommodation registration and visa extension.",
    resolutionSummary: "出入境民警上门指导完成住宿登记，并预约办理签证延期。",
    resolutionSummaryEn:
      "An exit-entry officer came on site to complete the accommodation registration and booked the visa extension appointment.",
  },
  {
    category: "PERMIT_HELP",
    priority: "NORMAL",
    title: "易制毒化学品购买备案咨询",
    titleEn: "Filing for purchase of precursor chemicals",
    description: "新产线需采购少量第三类易制毒化学品用于清洗工艺，不清楚备案材料和办理时限。",
    descriptionEn:
      "The new line needs small quantities of category-3 precursor chemicals for cleaning; we do not know the filing documents or processing time.",
    resolutionSummary: "开通绿色通道，治安大队一次性告知材料清单，网上提交后当日完成备案。",
    resolutionSummaryEn:
      "Through the green channel the public order brigade gave a complete checklist; the online filing was approved the same day.",
  },
  {
    category: "EMPLOYMENT_VETTING",
    priority: "HIGH",
    title: "投产前批量招收外地工人，需加急审核",
    titleEn: "Urgent vetting of a large intake of out-of-town workers before start-up",
    description: "新产线月底投产，需在两周内招收约150名外地工人，请协助核查身份信息并指导办理证件。",
    descriptionEn:
      "The new line starts at month-end and about 150 out-of-town workers must be hired within two weeks. Please help verify identities and guide them through their papers.",
    resolutionSummary: "责任警官上门集中采集信息，加班完成审核，证件当周办结，未影响投产。",
    resolutionSummaryEn:
      "The responsible officer collected the data on site and finished the checks after hours; papers were issued that week and start-up went ahead.",
  },
  {
    category: "EMPLOYMENT_VETTING",
    priority: "NORMAL",
    title: "新聘保安员背景审查及保安员证办理",
    titleEn: "Background checks and licences for newly hired guards",
    description: "保安部新招8名保安员，需进行背景审查并报名保安员资格考试。",
    descriptionEn:
      "Security has hired eight new guards who need background checks and registration for the guard licence exam.",
  },
  {
    category: "DISPUTE",
    priority: "HIGH",
    title: "已征收地块有村民抢栽树苗，阻碍进场施工",
    titleEn: "Villagers plant saplings on requisitioned land to block construction",
    description: "项目签约后，个别村民在已完成征收的地块上连夜栽种上百棵树苗，要求额外补偿，施工单位无法进场。",
    descriptionEn:
      "After the project was signed, a few villagers planted over a hundred saplings overnight on land already requisitioned and are demanding extra compensation; contractors cannot start work.",
    resolutionSummary: "责任警官会同村老党员、乡贤和律师释法说理，村民主动清除树苗，项目按期开工。",
    resolutionSummaryEn:
      "The responsible officer worked with respected villagers, veteran party members and a lawyer to explain the law; the villagers removed the saplings and work started on time.",
  },
  {
    category: "DISPUTE",
    priority: "URGENT",
    title: "劳务分包欠薪，二十余名工人聚集项目部",
    titleEn: "Unpaid subcontract wages: over twenty workers gather at the site office",
    description: "分包队伍负责人失联，二十余名工人聚集在项目部讨要工资，情绪激动，有堵门迹象。",
    descriptionEn:
      "A subcontract crew boss cannot be reached and over twenty workers have gathered at the site office demanding wages. Tempers are high and they may block the gate.",
    resolutionSummary: "民警到场稳控情绪，联合人社部门约谈总包单位，当日垫付工资，工人有序离场。",
    resolutionSummaryEn:
      "Officers calmed the crowd and, with the labour bureau, called in the main contractor, who advanced the wages that day; the workers left peacefully.",
  },
  {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title: "工地财务室和材料堆场无视频监控",
    titleEn: "No CCTV at the site finance office or material yard",
    description: "项目部财务室、钢材堆场均未安装监控，夜间仅1名看护人员，存在盗窃隐患。",
    descriptionEn:
      "Neither the site finance office nor the steel yard has CCTV and only one watchman is on duty at night, leaving them open to theft.",
    resolutionSummary: "民警带技术人员现场确定点位，加装6路监控并接入联网平台，项目部增聘保安专职巡守。",
    resolutionSummaryEn:
      "Officers and a technician chose camera positions; six cameras were installed and networked, and the site hired dedicated guards.",
  },
  {
    category: "SECURITY_HAZARD",
    priority: "HIGH",
    title: "危化品仓库门禁失效",
    titleEn: "Access control at the hazardous-chemicals store has failed",
    description: "危险化学品仓库电子门禁损坏一周未修，领料登记改为手写，存在无关人员进入风险。",
    descriptionEn:
      "The electronic lock of the hazardous-chemicals store has been broken for a week and issues are logged by hand, so unauthorised people could get in.",
  },
  {
    category: "LEGAL_CONSULTATION",
    priority: "NORMAL",
    title: "多名员工遭遇刷单诈骗，请求上门反诈宣讲",
    titleEn: "Several staff hit by task-scam fraud: request an anti-fraud talk",
    description: "本月有3名员工被“兼职刷单”骗走钱款，希望民警到厂开展反诈宣传，并指导安装国家反诈中心App。",
    descriptionEn:
      "Three employees lost money to 'part-time order-boosting' scams this month. We would like officers to give an anti-fraud talk and help staff install the national anti-fraud app.",
    resolutionSummary: "反诈中心民警利用班前会分3场宣讲，覆盖员工600余人。",
    resolutionSummaryEn: "Anti-fraud officers gave three talks at pre-shift meetings, reaching over 600 staff.",
  },
  {
    category: "LEGAL_CONSULTATION",
    priority: "NORMAL",
    title: "客户以虚假承兑汇票提货，咨询是否涉嫌合同诈骗",
    titleEn: "Customer paid with a suspect bank acceptance: possible contract fraud?",
    description: "外地客户用一张承兑汇票提走货款约40万元的货物，事后发现汇票存疑，对方电话已无法接通。",
    descriptionEn:
      "An out-of-town customer collected goods worth about ¥400,000 with a bank acceptance that now looks forged, and their phone is switched off.",
  },
  {
    category: "OTHER",
    priority: "LOW",
    title: "企业联络员变更",
    titleEn: "Change of enterprise liaison",
    description: "原联络员调岗，请将新联络员加入警企联络群，并更新工作站通讯录。",
    descriptionEn:
      "Our liaison has moved to another post. Please add the new liaison to the police–enterprise group and update the workstation contact list.",
    resolutionSummary: "已更新联络人信息并拉入联络群。",
    resolutionSummaryEn: "Contact details updated and the new liaison added to the group.",
  },
];
