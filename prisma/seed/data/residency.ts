/**
 * Household-registration and residency applicants among enterprise staff.
 * ID numbers are synthetic: real area codes, invented birth dates and sequences,
 * computed check characters. Sequence parity matches the applicant's sex.
 */
import { residentId } from "./codes";
import type { ResidencyApplicant } from "./types";

export const residencyApplicants: ResidencyApplicant[] = [
  {
    name: "赵雨萱",
    nameEn: "Zhao Yuxuan",
    residentId: residentId("410105", "19960418", "042"), // 郑州市金水区
    mobile: "15617320946",
    education: "MASTER",
    kind: "TALENT_SETTLEMENT",
    enterpriseCode: "xinlian-micro",
    note: "微电子专业硕士，入职封装工艺工程师，申请人才落户。",
    noteEn: "Master's in microelectronics, joined as a packaging process engineer; applies to settle as a talent.",
  },
  {
    name: "孙浩然",
    nameEn: "Sun Haoran",
    residentId: residentId("230103", "19950921", "157"), // 哈尔滨市南岗区
    mobile: "18245106732",
    education: "MASTER",
    kind: "COLLECTIVE_HOUSEHOLD",
    enterpriseCode: "baic-laixi",
    note: "住企业公寓，无自有住房，申请迁入企业集体户。",
    noteEn: "Lives in a company flat and owns no home; applies to join the company's collective household.",
  },
  {
    name: "刘思远",
    nameEn: "Liu Siyuan",
    residentId: residentId("420106", "19930605", "213"), // 武汉市武昌区
    mobile: "13871264058",
    education: "DOCTORATE",
    kind: "TALENT_SETTLEMENT",
    enterpriseCode: "vland-bio",
    note: "生物工程博士，企业研发中心负责人，随迁配偶一并办理。",
    noteEn: "PhD in bioengineering heading the R&D centre; spouse moves with him.",
  },
  {
    name: "王晓敏",
    nameEn: "Wang Xiaomin",
    residentId: residentId("370682", "19890312", "026"), // 莱阳市
    mobile: "13465781209",
    education: "VOCATIONAL",
    kind: "CHILD_SCHOOL_PROOF",
    enterpriseCode: "baic-laixi",
    note: "来莱工作不足半年，需开具子女就近入学所需证明。",
    noteEn: "Has worked here under six months; needs proof for her child's enrolment at the local school.",
  },
  {
    name: "陈志伟",
    nameEn: "Chen Zhiwei",
    residentId: residentId("340104", "19870726", "335"), // 合肥市蜀山区
    mobile: "15955127840",
    education: "VOCATIONAL",
    kind: "RESIDENCE_PERMIT",
    enterpriseCode: "hengchi-parts",
    note: "外省技术工人，已连续居住满半年，申领居住证。",
    noteEn: "Skilled worker from another province, resident for six months; applies for a residence permit.",
  },
  {
    name: "李欣怡",
    nameEn: "Li Xinyi",
    residentId: residentId("510107", "19980130", "168"), // 成都市武侯区
    mobile: "17828096413",
    education: "BACHELOR",
    kind: "COLLECTIVE_HOUSEHOLD",
    enterpriseCode: "zhixin-valley",
    note: "应届本科生，落户企业集体户。",
    noteEn: "New graduate; registers in the company's collective household.",
  },
  {
    name: "张伟",
    nameEn: "Zhang Wei",
    residentId: residentId("130102", "19850811", "491"), // 石家庄市长安区
    mobile: "13833147265",
    education: "BACHELOR",
    kind: "RESIDENCE_PERMIT",
    enterpriseCode: "lujian-prefab",
    note: "项目部技术员，家属随迁，申领居住证。",
    noteEn: "Site technician whose family moved with him; applies for a residence permit.",
  },
  {
    name: "周梦琪",
    nameEn: "Zhou Mengqi",
    residentId: residentId("370202", "20010519", "084"), // 青岛市市南区
    mobile: "18562710394",
    education: "BACHELOR",
    kind: "ID_CARD",
    enterpriseCode: "guhewan-food",
    note: "身份证丢失，通过企业预约上门补领。",
    noteEn: "Lost her ID card; the company booked a door-to-door replacement.",
  },
  {
    name: "吴俊杰",
    nameEn: "Wu Junjie",
    residentId: residentId("220102", "19970224", "279"), // 长春市南关区
    mobile: "19943180652",
    education: "MASTER",
    kind: "TALENT_SETTLEMENT",
    enterpriseCode: "dianbu-airport",
    note: "航空器适航专业硕士，申请人才落户，走绿色通道。",
    noteEn: "Master's in airworthiness; applies to settle as a talent through the green channel.",
  },
  {
    name: "杨静怡",
    nameEn: "Yang Jingyi",
    residentId: residentId("610113", "20030909", "026"), // 西安市雁塔区
    mobile: "13992073518",
    education: null,
    kind: "ID_CARD",
    enterpriseCode: "xianda-frozen",
    note: "身份证即将到期，委托企业代办换领。",
    noteEn: "ID card about to expire; the company renews it on her behalf.",
  },
  {
    name: "郑宇航",
    nameEn: "Zheng Yuhang",
    residentId: residentId("320106", "19940716", "353"), // 南京市鼓楼区
    mobile: "15751862037",
    education: "MASTER",
    kind: "TALENT_SETTLEMENT",
    enterpriseCode: "haizhiyun-data",
    note: "计算机专业硕士，数据中心运维主管，申请人才落户。",
    noteEn: "Master's in computer science, data-centre operations lead; applies to settle as a talent.",
  },
  {
    name: "马丽娜",
    nameEn: "Ma Lina",
    residentId: residentId("370285", "19910203", "468"), // 莱西市
    mobile: "15863908157",
    education: "VOCATIONAL",
    kind: "CHILD_SCHOOL_PROOF",
    enterpriseCode: "guanggu-display",
    note: "本地户籍，子女跨学区入学需开具户籍证明。",
    noteEn: "Local resident; needs a household certificate for her child to enrol outside the catchment.",
  },
];
