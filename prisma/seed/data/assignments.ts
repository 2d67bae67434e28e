/**
 * Responsible officers (责任警官, "一企一警"). Every officer covers enterprises of
 * their own station's workstations. Deliberately uncovered, to show the
 * "unassigned" state on the chief's screen: yunyi-uav, beifang-coldchain and the
 * newly signed zhizao-equipment.
 */
import type { DepartmentName } from "./organisation";
import type { Assignment } from "./types";

type Row = [enterpriseCode: string, officerUsername: string, since: string, support?: DepartmentName[]];

const rows: Row[] = [
  // 龙水路派出所 — new-generation IT park
  ["xinlian-micro", "officer1", "2022-03-01", ["出入境管理大队", "户政科"]],
  ["haizhiyun-data", "officer1", "2022-03-01", ["反诈中心"]],
  ["shulian-software", "officer1", "2023-02-15"],
  ["guanggu-display", "officer3", "2022-03-01", ["治安大队"]],
  ["beian-components", "officer3", "2022-05-10"],
  ["shuanglai-sensor", "officer6", "2022-05-10"],
  // 龙水路派出所 — key projects of the development zone
  ["vland-bio", "officer1", "2021-06-01", ["户政科"]],
  ["zhixin-valley", "officer3", "2019-09-20", ["治安大队", "刑侦大队"]],
  ["lvchuang-aluminium", "officer3", "2021-06-01", ["刑侦大队"]],
  ["health-town", "officer6", "2020-04-08", ["治安大队"]],
  ["kanghua-medical", "officer6", "2021-06-01"],
  // 姜山派出所 — BAIC new energy workstation
  ["baic-laixi", "officer2", "2018-03-01", ["交警大队", "户政科", "治安大队"]],
  ["beilian-logistics", "officer2", "2018-03-01", ["交警大队"]],
  ["liyuan-battery", "officer4", "2023-04-20", ["治安大队"]],
  ["jiangshan-motor", "officer4", "2024-01-10"],
  ["hengchi-parts", "officer5", "2019-05-06"],
  ["ruibang-interior", "officer7", "2019-05-06"],
  ["zhilian-charging", "officer8", "2020-08-17"],
  // 店埠派出所 — general aviation
  ["dianbu-airport", "officer9", "2019-07-01", ["治安大队", "出入境管理大队"]],
  ["aviation-town", "officer9", "2021-03-12", ["交警大队"]],
  ["xiangyu-aviation", "officer10", "2019-07-01"],
  ["tiangong-aero", "officer10", "2020-10-09"],
  // 夏格庄派出所 — green building
  ["lujian-prefab", "officer11", "2019-04-02", ["治安大队"]],
  ["xgz-steel", "officer11", "2019-04-02"],
  ["guangjian-bipv", "officer11", "2023-06-05", ["刑侦大队"]],
  ["sengou-timber", "officer12", "2020-01-13"],
  ["jieneng-windows", "officer12", "2020-01-13"],
  ["lvyuan-wall", "officer12", "2021-09-01"],
  // 沽河派出所 — food processing
  ["guhewan-food", "officer13", "2019-03-18", ["户政科"]],
  ["ruxiangyuan-dairy", "officer13", "2019-03-18"],
  ["laixi-peanut", "officer13", "2020-06-22"],
  ["xianda-frozen", "officer14", "2020-06-22", ["出入境管理大队"]],
  ["quanrun-beverage", "officer14", "2021-11-30"],
];

export const assignments: Assignment[] = rows.map(([enterpriseCode, officerUsername, since, support]): Assignment => ({
  enterpriseCode,
  officerUsername,
  since,
  ...(support ? { supportingDepartments: support } : {}),
}));
