/** Short findings an officer records after a visit (走访). */
import type { VisitFinding } from "./types";

export const visitFindings: VisitFinding[] = [
  { text: "内部治安保卫制度健全，值班记录完整。", textEn: "Internal security rules in place; duty logs complete." },
  {
    text: "监控中心运行正常，建议增加围墙周界摄像头。",
    textEn: "Control room works; recommend more cameras along the perimeter.",
  },
  {
    text: "新入职员工32人，已完成身份核查，无异常。",
    textEn: "32 new hires; identity checks done, nothing of concern.",
  },
  {
    text: "开展反诈宣讲一场，指导150名员工安装反诈App。",
    textEn: "Gave one anti-fraud talk; helped 150 staff install the anti-fraud app.",
  },
  {
    text: "企业反映夜班员工返程路段照明不足，已纳入巡逻路线。",
    textEn: "Company reports poor lighting on the night-shift route home; added to the patrol route.",
  },
  {
    text: "危化品仓库台账登记不规范，当场督促整改。",
    textEn: "Chemical store log kept improperly; ordered corrected on the spot.",
  },
  {
    text: "企业有2名引进人才咨询落户政策，已现场讲解并预约办理。",
    textEn: "Two recruited specialists asked about settlement; explained the policy and booked appointments.",
  },
  {
    text: "排查劳资纠纷隐患1起，已与人事部门沟通跟进。",
    textEn: "Found one brewing pay dispute; following up with HR.",
  },
  {
    text: "组织保安员开展防盗抢应急演练，处置流程熟练。",
    textEn: "Ran a robbery-response drill with the guards; they handled it well.",
  },
  {
    text: "项目工地进入主体施工阶段，提醒加强材料看管。",
    textEn: "Site has entered main construction; reminded them to guard materials more closely.",
  },
];
