import type { Enterprise } from "../types";
import { aviationEnterprises } from "./aviation";
import { foodEnterprises } from "./food";
import { greenBuildingEnterprises } from "./green-building";
import { itEnterprises } from "./it";
import { nevEnterprises } from "./nev";
import { smartValleyEnterprises } from "./smart-valley";

/** All demo enterprises; credit codes are synthetic (莱西 division 370285) but valid. */
export const enterprises: Enterprise[] = [
  ...nevEnterprises,
  ...aviationEnterprises,
  ...itEnterprises,
  ...greenBuildingEnterprises,
  ...foodEnterprises,
  ...smartValleyEnterprises,
];
